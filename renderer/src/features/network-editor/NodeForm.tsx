// A new node: click the map (or type coordinates), name it, choose its kind and country; its
// processes and capacities start from the kind's defaults. Then join two nodes with a link whose
// geometry is generated (sea lanes, existing rail, great circles).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InputField, SelectField } from './fields.tsx';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { connectNodes } from './networkActions.ts';
import { MODES, NODE_KINDS, type Mode, type NodeKind } from './networkDefaults.ts';
import { addNode } from './networkEdits.ts';
import { nodeOptions } from './nodeOptions.ts';
import { usePickedOnMap } from './usePickedOnMap.ts';

export function NodeForm() {
  const { t } = useTranslation('network');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<NodeKind>('inland-depot');
  const [country, setCountry] = useState('CN');
  const [lon, setLon] = useState('');
  const [lat, setLat] = useState('');
  const [picking, setPicking] = useState(false);
  const [status, setStatus] = useState<string>();
  usePickedOnMap('point', picking, (pick) => {
    setLon(pick.lon.toFixed(4));
    setLat(pick.lat.toFixed(4));
  });
  const add = () => {
    const x = Number(lon);
    const y = Number(lat);
    if (!name.trim() || lon === '' || lat === '' || !Number.isFinite(x) || !Number.isFinite(y)) {
      setStatus(t('node.needFields'));
      return;
    }
    const store = useScenarioStore.getState();
    const added = addNode(store.scenario, { name: name.trim(), kind, lon: x, lat: y, country });
    store.replace(added.scenario);
    setStatus(t('node.added', { id: added.id }));
    setName('');
    setPicking(false);
  };
  return (
    <fieldset className="editor-row" data-testid="node-form">
      <legend>{t('node.new')}</legend>
      <InputField
        id="node-name"
        label={t('node.name')}
        type="text"
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <SelectField
        id="node-kind"
        label={t('node.kind')}
        value={kind}
        options={NODE_KINDS.map((option) => ({ value: option, label: t(`kind.${option}`) }))}
        onChange={(value) => setKind(value as NodeKind)}
      />
      <InputField
        id="node-country"
        label={t('node.country')}
        type="text"
        maxLength={2}
        value={country}
        onChange={(event) => setCountry(event.currentTarget.value.toUpperCase())}
      />
      <InputField
        id="node-lon"
        label={t('node.lon')}
        type="text"
        inputMode="decimal"
        value={lon}
        onChange={(event) => setLon(event.currentTarget.value)}
      />
      <InputField
        id="node-lat"
        label={t('node.lat')}
        type="text"
        inputMode="decimal"
        value={lat}
        onChange={(event) => setLat(event.currentTarget.value)}
      />
      <label>
        <input
          type="checkbox"
          checked={picking}
          onChange={(event) => setPicking(event.currentTarget.checked)}
          data-testid="node-pick-on-map"
        />{' '}
        {t('node.pickOnMap')}
      </label>
      <button type="button" onClick={add} data-testid="node-add">
        {t('node.add')}
      </button>
      {status && (
        <p className="hint" role="status">
          {status}
        </p>
      )}
    </fieldset>
  );
}

export function LinkForm() {
  const { t } = useTranslation('network');
  const scenario = useScenarioStore((state) => state.scenario);
  const language = useSettingsStore((state) => state.language);
  const nodes = useMemo(() => nodeOptions(scenario, language), [scenario, language]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [mode, setMode] = useState<Mode>('rail');
  const [status, setStatus] = useState<string>();
  const connect = async () => {
    if (!from || !to || from === to) return;
    const warnings = await connectNodes(from, to, mode);
    setStatus([t('link.added'), ...warnings].join(' '));
  };
  const nodeChoices = [
    { value: '', label: '—' },
    ...nodes.map((node) => ({ value: node.id, label: node.name })),
  ];
  return (
    <fieldset className="editor-row">
      <legend>{t('link.new')}</legend>
      <SelectField
        id="link-from"
        label={t('link.from')}
        value={from}
        options={nodeChoices}
        onChange={setFrom}
      />
      <SelectField id="link-to" label={t('link.to')} value={to} options={nodeChoices} onChange={setTo} />
      <SelectField
        id="link-mode"
        label={t('service.mode')}
        value={mode}
        options={MODES.map((option) => ({ value: option, label: t(`mode.${option}`) }))}
        onChange={(value) => setMode(value as Mode)}
      />
      <button type="button" onClick={() => void connect()} disabled={!from || !to || from === to}>
        {t('link.add')}
      </button>
      {status && (
        <p className="hint" role="status">
          {status}
        </p>
      )}
    </fieldset>
  );
}
