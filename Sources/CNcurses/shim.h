/* The C side of the terminal adapter: ncursesw with wide characters, and the
   curses macros Swift cannot import, as inline functions. */
#ifndef ASYNCVIZ_CNCURSES_SHIM_H
#define ASYNCVIZ_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline int asv_color_pair(int n) { return COLOR_PAIR(n); }
static inline int asv_lines(void) { return LINES; }
static inline int asv_cols(void) { return COLS; }
static inline void asv_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline WINDOW *asv_stdscr(void) { return stdscr; }
static inline attr_t asv_a_bold(void) { return A_BOLD; }
static inline attr_t asv_a_dim(void) { return A_DIM; }
static inline attr_t asv_a_reverse(void) { return A_REVERSE; }
static inline attr_t asv_a_underline(void) { return A_UNDERLINE; }
static inline attr_t asv_a_normal(void) { return A_NORMAL; }
static inline chtype asv_acs_hline(void) { return ACS_HLINE; }
static inline chtype asv_acs_vline(void) { return ACS_VLINE; }
static inline chtype asv_acs_ulcorner(void) { return ACS_ULCORNER; }
static inline chtype asv_acs_urcorner(void) { return ACS_URCORNER; }
static inline chtype asv_acs_llcorner(void) { return ACS_LLCORNER; }
static inline chtype asv_acs_lrcorner(void) { return ACS_LRCORNER; }
static inline int asv_key_resize(void) { return KEY_RESIZE; }
static inline int asv_key_mouse(void) { return KEY_MOUSE; }
static inline void asv_enable_mouse(void) {
    mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
              | BUTTON5_PRESSED
#endif
              , NULL);
    mouseinterval(0);
}
/* The pending mouse event: 1 a button-1 press or click, 2 wheel up, 3 wheel down, 0 anything else. */
static inline int asv_read_mouse(int *x, int *y) {
    MEVENT e;
    if (getmouse(&e) != OK) return 0;
    *x = e.x;
    *y = e.y;
    if (e.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    if (e.bstate & BUTTON4_PRESSED) return 2;
#ifdef BUTTON5_PRESSED
    if (e.bstate & BUTTON5_PRESSED) return 3;
#endif
    return 0;
}

#endif
