// The Kustomize overlays as the cluster would receive them, with each overlay's committed
// tf-outputs.env.example standing in for the operator's Terraform outputs (as k8s/tests does).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { repoDir } from './usage.js';

export const ENVS = ['dev', 'staging', 'prod'];

export function renderOverlays(envs = ENVS) {
  const work = mkdtempSync(path.join(tmpdir(), 'infra-by-use-'));
  try {
    cpSync(path.join(repoDir, 'k8s'), path.join(work, 'k8s'), { recursive: true, filter: (src) => !src.includes('node_modules') });
    return Object.fromEntries(envs.map((env) => {
      const dir = path.join(work, 'k8s', 'overlays', env);
      cpSync(path.join(dir, 'tf-outputs.env.example'), path.join(dir, 'tf-outputs.env'));
      const text = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', maxBuffer: 64 << 20 });
      return [env, parseAllDocuments(text).map((d) => d.toJS()).filter(Boolean)];
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
