"""`python -m bench` (make bench): the scale benchmark, see bench/scale.py."""

import sys

from bench.scale import main

sys.exit(main())
