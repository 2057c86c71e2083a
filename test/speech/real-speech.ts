// Real speech for an end-to-end test on Linux: an X server (Xvfb, on a free
// display), speech-dispatcher with the espeak-ng capture module of
// test/speech/speechd/, and the environment Chromium needs to talk to them.
// Everything lives in one temporary folder (HOME, XDG_RUNTIME_DIR, the socket,
// the logs, the transcript); every process started here is ended by its
// process group, also when the test fails or its process dies.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, closeSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {delimiter, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Debian packages that provide what this needs; .ci/run installs them. */
export const PACKAGES = 'xvfb speech-dispatcher espeak-ng';

const PROGRAMS = ['Xvfb', 'speech-dispatcher', 'espeak-ng', 'bash'];
/** speech-dispatcher's generic module, which runs test/speech/capture.sh. */
const SD_GENERIC = ['/usr/lib/speech-dispatcher-modules/sd_generic', '/usr/libexec/speech-dispatcher-modules/sd_generic'];

/** True when `program` is an executable on PATH. */
export function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** What is missing for real speech (empty when all is there). */
export function missingForRealSpeech(): string[] {
  const missing = PROGRAMS.filter((p) => !onPath(p));
  if (!SD_GENERIC.some((p) => existsSync(p))) missing.push('sd_generic (speech-dispatcher)');
  return missing;
}

/** One message that speech-dispatcher's output module received (see capture.sh). */
export interface Received {
  language: string;
  voice: string;
  rate: number;
  volume: number;
  /** The WAV file espeak-ng synthesises it into. */
  wav: string;
  text: string;
}

/** What espeak-ng made of a message. */
export interface Sound {
  wavBytes: number;
  /** espeak-ng's phonemes (-x): Vietnamese ones carry tone numbers. */
  phonemes: string;
}

export interface RealSpeech {
  /** Environment for Chromium: DISPLAY, SPEECHD_ADDRESS, XDG_RUNTIME_DIR. */
  env: NodeJS.ProcessEnv;
  display: string;
  work: string;
  /** Everything the output module received so far. */
  received(): Received[];
  /** Waits until some received message satisfies `match`; returns all of them. */
  waitFor(match: (r: Received) => boolean, timeout?: number): Promise<Received[]>;
  /** Waits until no new message has come for `quiet` ms (at most `timeout` ms). */
  settle(quiet?: number, timeout?: number): Promise<void>;
  /** Waits until espeak-ng has synthesised `message`. */
  sound(message: Received, timeout?: number): Promise<Sound>;
  /** The logs, for a failure message. */
  logs(): string;
  /** Ends every process (by process group) and removes the folder unless `keep`. */
  close(keep?: boolean): Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/*
 * `setpriv --pdeathsig KILL` (util-linux) makes a child die with this process,
 * even if it is killed outright (a test runner's timeout, Ctrl+C): the
 * children run in their own process groups, which no terminal signal reaches.
 */
const PDEATHSIG = onPath('setpriv') && spawnSync('setpriv', ['--pdeathsig', 'KILL', '--', 'true']).status === 0 ? ['setpriv', '--pdeathsig', 'KILL', '--'] : [];

const groups = new Set<number>();
function killGroups(signal: NodeJS.Signals): void {
  for (const pid of groups) {
    try {
      process.kill(-pid, signal);
    } catch {
      groups.delete(pid); // already gone
    }
  }
}
process.on('exit', () => killGroups('SIGKILL'));

/**
 * Starts `command` in a process group of its own, output appended to `log`,
 * dying with this process (setpriv); close() of any RealSpeech, and this
 * process's exit, end the group. test/screen-reader/ starts Orca and D-Bus with it.
 */
export function start(command: string[], env: NodeJS.ProcessEnv, log: string, extraFds: Array<'pipe' | 'ignore'> = []): ChildProcess {
  const fd = openSync(log, 'a');
  const [program, ...args] = [...PDEATHSIG, ...command];
  const child = spawn(program, args, {env, detached: true, stdio: ['ignore', fd, fd, ...extraFds]});
  closeSync(fd);
  if (child.pid) groups.add(child.pid);
  return child;
}

export function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Reads the display number Xvfb writes to fd 3 (-displayfd), so two runs never collide. */
function displayOf(xvfb: ChildProcess, timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display number within ${timeout} ms`)), timeout);
    const pipe = xvfb.stdio[3] as NodeJS.ReadableStream;
    pipe.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
    xvfb.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before it was ready`));
    });
  });
}

function parse(transcript: string): Received[] {
  if (!existsSync(transcript)) return [];
  return readFileSync(transcript, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [language, voice, rate, volume, wav, ...text] = line.split('\t');
      return {language, voice, rate: Number(rate), volume: Number(volume), wav, text: text.join('\t')};
    });
}

export async function startRealSpeech({width = 1080, height = 1920} = {}): Promise<RealSpeech> {
  const work = mkdtempSync(join(tmpdir(), 'loa-speech-'));
  const home = join(work, 'home');
  const runtime = join(work, 'xdg');
  const logs = join(work, 'logs');
  for (const dir of [home, logs]) mkdirSync(dir, {recursive: true});
  mkdirSync(runtime, {mode: 0o700});
  copyFileSync(join(HERE, 'asoundrc'), join(home, '.asoundrc'));
  const socket = join(work, 'speechd.sock');
  const transcript = join(work, 'received.tsv');
  const started: ChildProcess[] = [];

  const close = async (keep = false) => {
    killGroups('SIGTERM');
    const end = Date.now() + 3000;
    while (started.some((c) => !exited(c)) && Date.now() < end) await sleep(50);
    killGroups('SIGKILL');
    groups.clear();
    if (!keep) rmSync(work, {recursive: true, force: true});
  };
  const logText = () =>
    ['xvfb.log', 'speechd.log', 'speech-dispatcher.log', 'espeak-ng-capture.log']
      .map((name) => join(logs, name))
      .filter((path) => existsSync(path))
      .map((path) => `--- ${path}\n${readFileSync(path, 'utf8').split('\n').slice(-15).join('\n')}`)
      .join('\n');

  try {
    // 1. The X server, on the first free display (-displayfd), no TCP.
    const xvfb = start(['Xvfb', '-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], process.env, join(logs, 'xvfb.log'), ['pipe']);
    started.push(xvfb);
    const display = await displayOf(xvfb, 10_000);

    // 2. speech-dispatcher, on a private socket, with our module only.
    const speechdEnv = {
      ...process.env,
      HOME: home,
      XDG_RUNTIME_DIR: runtime,
      TMPDIR: work,
      LOA_SPEECH_CAPTURE: join(HERE, 'capture.sh'),
      LOA_SPEECH_OUT: transcript,
    };
    const speechd = start(
      ['speech-dispatcher', '--run-single', '--timeout', '0', '-C', join(HERE, 'speechd'), '-S', socket, '-L', logs, '-P', join(work, 'speechd.pid')],
      speechdEnv,
      join(logs, 'speechd.log')
    );
    started.push(speechd);
    const ready = Date.now() + 10_000;
    while (!existsSync(socket)) {
      if (exited(speechd)) throw new Error('speech-dispatcher exited at start');
      if (Date.now() > ready) throw new Error('speech-dispatcher made no socket within 10 s');
      await sleep(50);
    }

    return {
      env: {...process.env, DISPLAY: display, SPEECHD_ADDRESS: `unix_socket:${socket}`, XDG_RUNTIME_DIR: runtime},
      display,
      work,
      received: () => parse(transcript),
      async waitFor(match, timeout = 10_000) {
        const end = Date.now() + timeout;
        for (;;) {
          const all = parse(transcript);
          if (all.some(match)) return all;
          if (Date.now() > end) throw new Error(`speech-dispatcher did not receive it within ${timeout} ms; it received ${JSON.stringify(all, null, 1)}\n${logText()}`);
          await sleep(100);
        }
      },
      async settle(quiet = 800, timeout = 10_000) {
        const end = Date.now() + timeout;
        let count = parse(transcript).length;
        let since = Date.now();
        while (Date.now() - since < quiet && Date.now() < end) {
          await sleep(50);
          const now = parse(transcript).length;
          if (now !== count) [count, since] = [now, Date.now()];
        }
      },
      async sound(message, timeout = 10_000) {
        const end = Date.now() + timeout;
        while (!existsSync(`${message.wav}.txt`)) {
          if (Date.now() > end) throw new Error(`espeak-ng did not synthesise ${JSON.stringify(message)} within ${timeout} ms\n${logText()}`);
          await sleep(50);
        }
        return {wavBytes: statSync(message.wav).size, phonemes: readFileSync(`${message.wav}.txt`, 'utf8').trim()};
      },
      logs: logText,
      close,
    };
  } catch (error) {
    const message = `${(error as Error).message}\n${logText()}`;
    await close();
    throw new Error(message);
  }
}
