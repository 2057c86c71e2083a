# Orca loads this from its prefs folder (the driver copies it there). It
# writes every string Orca sends to the speech server into $LOA_ORCA_SPEECH_LOG,
# one record per utterance ("<epoch>\tSPEECH OUTPUT: '<text>'"), and sets what
# a test needs: no key echo, no reading on load (the scenario decides what to
# read), no tutorial hints, and a Vietnamese voice (the language Orca asks
# speech-dispatcher for), as a Vietnamese resident would set it up. Orca's own
# words ("heading level 2", "collapsed") stay English: the driver runs it
# under the C locale.
import logging
import os

import orca.settings as _s

_s.enableKeyEcho = False
_s.enableEchoByCharacter = False
_s.enableEchoByWord = False
_s.sayAllOnLoad = False
_s.enableTutorialMessages = False

_lang = os.environ.get('LOA_ORCA_VOICE_LANG')
if _lang:
    from orca import acss as _acss

    _voices = {}
    for _key, _value in _s.voices.items():
        _voice = _acss.ACSS(_value)
        _parts = _lang.split('-') + ['']
        _voice[_acss.ACSS.FAMILY] = {'name': None, 'lang': _parts[0], 'dialect': _parts[1], 'variant': None}
        _voices[_key] = _voice
    _s.voices = _voices  # a new object, so the settings manager records it

_path = os.environ.get('LOA_ORCA_SPEECH_LOG')
if _path:
    _handler = logging.FileHandler(_path, mode='a', encoding='utf-8')
    _handler.setFormatter(logging.Formatter('%(created).3f\t%(message)s'))
    _log = logging.getLogger('speech')
    _log.setLevel(logging.INFO)
    _log.addHandler(_handler)

    # Say all bypasses speech._speak (and its log line) when a speech server
    # is up: log each say-all utterance as Orca hands it to the server.
    import orca.speech as _speech

    _say_all = _speech.sayAll

    def _logged(utterances):
        for item in utterances:
            try:
                _log.info("SPEECH OUTPUT: '%s' [say-all]" % item[0].utterance)
            except Exception:
                pass
            yield item

    def _say_all_logged(utterances, progress):
        return _say_all(_logged(utterances), progress)

    _speech.sayAll = _say_all_logged
