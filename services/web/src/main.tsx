import { render } from 'preact';
import { App } from './App';
import { initEntra, loadConfig, type EntraAuth } from './auth';
import './styles.css';

async function start() {
  const root = document.getElementById('app')!;
  const config = await loadConfig();
  let entra: EntraAuth | null = null;
  if (config.auth === 'entra') {
    try {
      entra = await initEntra(config);
    } catch (e) {
      root.textContent = `Sign-in could not start: ${(e as Error).message}`;
      return;
    }
  }
  root.textContent = '';
  render(<App config={config} entra={entra} />, root);
}

start();
