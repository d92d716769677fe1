from sitreps.cli import main

main()
