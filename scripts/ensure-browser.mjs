#!/usr/bin/env node
// `pretest`: the story and e2e tests run in Chromium. Finds one ($CHROMIUM_PATH, Debian's
// /usr/bin/chromium, or Playwright's own download), or gets one (Debian's `chromium` through
// apt-get where it exists and we are root or have password-less sudo; else Playwright's
// download), or stops at once with one sentence naming the command to run.
//
//   node scripts/ensure-browser.mjs            find or get
//   node scripts/ensure-browser.mjs --find     only report (exit 1 when there is none)
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { chromium } from "playwright";

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browser the test configs will use, or null. Same order as vitest.config.ts. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH)
    return executable(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  if (executable("/usr/bin/chromium")) return "/usr/bin/chromium";
  const own = chromium.executablePath();
  return own && executable(own) ? own : null;
}

const quiet = (command, args) => spawnSync(command, args, { stdio: "ignore" }).status === 0;
const loud = (command, args) => spawnSync(command, args, { stdio: "inherit", timeout: 300_000 }).status === 0;

function tryApt() {
  if (!existsSync("/usr/bin/apt-get")) return false;
  const root = process.getuid?.() === 0;
  const sudo = !root && quiet("sudo", ["-n", "true"]) ? ["sudo", "-n"] : null;
  if (!root && !sudo) return false;
  const run = (args) => (sudo ? loud(sudo[0], [...sudo.slice(1), ...args]) : loud(args[0], args.slice(1)));
  console.log("No Chromium found: installing Debian's chromium with apt-get (once).");
  return (
    run(["apt-get", "update", "-qq"]) &&
    run(["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", "chromium"])
  );
}

function tryPlaywright() {
  console.log("No Chromium found: downloading Playwright's Chromium (npx playwright install chromium).");
  return loud("npx", ["playwright", "install", "chromium"]);
}

if (process.env.CHROMIUM_PATH && !executable(process.env.CHROMIUM_PATH)) {
  console.error(
    `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable: point it at a Chromium binary, or unset it to use /usr/bin/chromium or Playwright's own (\`npx playwright install chromium\`).`,
  );
  process.exit(1);
}
const found = findChromium();
if (found) {
  if (process.argv.includes("--verbose")) console.log(`Chromium: ${found}`);
} else if (process.argv.includes("--find")) {
  console.error("No Chromium for the browser tests.");
  process.exit(1);
} else {
  const got = (tryApt() && findChromium()) || (tryPlaywright() && findChromium());
  if (!got) {
    console.error(
      "npm test needs Chromium and could not get one: run `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary, then `npm test` again.",
    );
    process.exit(1);
  }
  console.log(`Chromium: ${got}`);
}
