# Starts Orca for test/screen-reader/ the way /usr/bin/orca does (settings
# manager on the prefs folder given with -u, then orca.main()), with two
# differences that let the suite run on a machine where someone else's Orca
# runs too: it does not refuse to start when another process called "orca"
# runs as this user (/usr/bin/orca's otherOrcas() check), and it does not
# rename itself "orca", so it never makes someone else's Orca refuse either.
# Orca talks only to this run's own D-Bus session bus, AT-SPI bus and
# speech-dispatcher (from the environment the driver gives it).
#
# Usage: python3 launch.py PREFS_DIR
import sys

sys.prefix = '/usr'
prefs = sys.argv[1]
sys.argv = [sys.argv[0]]

import os  # noqa: E402

from orca import debug, orca  # noqa: E402  (after sys.argv is cleaned: Orca reads it)

if os.environ.get('LOA_ORCA_DEBUG_LOG'):  # Orca's debug log, for a failing run
    debug.debugLevel = debug.LEVEL_ALL
    debug.eventDebugLevel = debug.LEVEL_OFF
    debug.debugFile = open(os.environ['LOA_ORCA_DEBUG_LOG'], 'w')

manager = orca.getSettingsManager()
if not manager:
    print('Orca: no settings manager', file=sys.stderr)
    sys.exit(1)
manager.activate(prefs, {})
sys.path.insert(0, manager.getPrefsDir())
sys.exit(orca.main())
