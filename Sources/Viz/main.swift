import Runtime

AsyncvizCommand.main()
