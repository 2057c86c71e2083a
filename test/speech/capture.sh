#!/bin/bash
# The synthesis command of test/speech/speechd/modules/espeak-ng-capture.conf.
# Reads one message on stdin; its arguments are the language, voice, rate and
# volume that speech-dispatcher's generic module hands over.
#  1. appends what was received to $LOA_SPEECH_OUT, one line per message:
#       language<TAB>voice<TAB>rate<TAB>volume<TAB>WAV file<TAB>text
#     (at once: a message cancelled by the next one is still recorded);
#  2. has espeak-ng synthesise it with that voice into the WAV file, and
#     writes espeak-ng's phonemes (-x) beside it, in WAV.txt, when done.
set -euo pipefail
lang=$1 voice=$2 rate=$3 volume=$4
text=$(cat)
text=${text//[$'\t\r\n']/ }
dir="$LOA_SPEECH_OUT.wav"
mkdir -p "$dir"
wav="$dir/$(date +%s%N)-$$.wav"
printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$lang" "$voice" "$rate" "$volume" "$wav" "$text" >> "$LOA_SPEECH_OUT"
printf '%s' "$text" | espeak-ng -v "$voice" -x -w "$wav" --stdin | tr '\n\t' '  ' > "$wav.tmp"
mv "$wav.tmp" "$wav.txt"
