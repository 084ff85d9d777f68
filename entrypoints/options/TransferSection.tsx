import { useRef, useState } from 'preact/hooks';
import { exportFileName, exportSettings, parseSettingsFile } from '@/utils/settings/transfer';
import { defaultSettings } from '@/utils/settings/schema';
import { Problems } from './Problems';
import { KNOWN_RULE_IDS, save, settings } from './state';

const MAX_FILE = 1024 * 1024;

export function TransferSection() {
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [file, setFile] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  function download() {
    const text = exportSettings(settings.value!);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName();
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setDone('Settings exported.');
    setErrors([]);
  }

  async function onFile(e: Event) {
    const picked = (e.target as HTMLInputElement).files?.[0];
    (e.target as HTMLInputElement).value = '';
    if (!picked) return;
    setFile(picked.name);
    setDone(null);
    if (picked.size > MAX_FILE) {
      setErrors([`${picked.name} is ${Math.round(picked.size / 1024)} KB; a settings file is a few KB. Nothing was changed.`]);
      return;
    }
    const result = parseSettingsFile(await picked.text(), KNOWN_RULE_IDS);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const failed = await save(result.settings, 'Imported settings');
    if (failed) {
      setErrors(failed);
      return;
    }
    setErrors([]);
    setDone(`Imported ${picked.name}${result.from === 'cli-config' ? ' (a CLI config file)' : ''}. Your settings were replaced.`);
  }

  return (
    <section id="transfer" class="card" aria-labelledby="transfer-title">
      <h2 id="transfer-title">Import and export</h2>
      <p class="card__lead">
        Share rule choices, the clinic profile and custom claims with your team as a JSON file. Importing replaces these settings; a file with a problem changes nothing.
        A CLI config file (<code>cliniclint audit --config</code>) can be imported too.
      </p>
      <div class="form__actions">
        <button type="button" class="btn btn--secondary" id="export-settings" onClick={download}>
          Export settings
        </button>
        <button type="button" class="btn btn--secondary" onClick={() => input.current?.click()}>
          Import settings…
        </button>
        <input ref={input} id="import-settings" class="visually-hidden" type="file" accept="application/json,.json" tabIndex={-1} aria-label="Settings file to import" onChange={onFile} />
        <button type="button" class="btn btn--quiet" onClick={() => void save(defaultSettings(), 'Default settings').then((f) => setDone(f ? null : 'Settings reset to the defaults.'))}>
          Reset to defaults
        </button>
      </div>
      <Problems errors={errors} title={`${file ?? 'The file'} was not imported; nothing changed:`} />
      {done && (
        <p class="done" role="status">
          {done}
        </p>
      )}
    </section>
  );
}
