// Types for kiosk-config.mjs, so TypeScript (vite.config.ts, tests) can import it.
type Localized = {vi: string; en?: string};

export interface CommuneFacts {
  commune: {name?: Localized};
  help: {counter?: Localized; hours?: Localized; phone?: Localized | string};
}

export declare function communeFacts(commune: unknown): CommuneFacts;
export declare function withCommuneFacts<T extends {commune?: object; help?: object}>(config: T, commune: unknown): T;
export declare function writeKioskConfig(configFile: string, communeFile: string): void;
