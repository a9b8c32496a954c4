export declare const ELECTRON_HEADERS_URL: string;
export declare const BINDING_FILE: string;
export declare function electronSqliteDir(projectRoot: string, electronVersion: string): string;
export declare function electronSqliteBinding(projectRoot: string, electronVersion: string): string;
export declare function envWithoutNodedir(env: Record<string, string | undefined>): Record<string, string | undefined>;
export declare function prebuildInstallArgs(electronVersion: string, arch: string): string[];
export declare function nodeGypArgs(electronVersion: string, arch: string): string[];
export declare function electronExecutable(electronPackageDir: string, pathTxt: string): string | null;
export declare function compiledAbi(dlopenError: string): number | null;
