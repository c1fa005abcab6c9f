// The console type-checks the control plane's client with the server types it names; one domain
// file (the address rules' US ZIP data) loads a package with createRequire when it runs on the
// server. The console never runs it: this declares just enough for the check, without Node's types.
declare module 'node:module' {
  export function createRequire(url: string | URL): (id: string) => unknown;
}
