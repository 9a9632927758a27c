from coverage_site.cli import main

raise SystemExit(main())
