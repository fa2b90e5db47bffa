// The calibration table in the About view: figure, source with year and confidence, model mean
// and 95 % CI, band and verdict; then what the model covers and what it leaves out.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { calibrationReport } from './calibrationReport.ts';

const digits = (value: number): number => (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);

export function CalibrationTable() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const report = calibrationReport();
  const n = (value: number | null): string =>
    value === null ? '–' : formatNumber(value, language, digits(value));
  return (
    <section aria-labelledby="calibration-title" data-testid="calibration">
      <h3 id="calibration-title">{t('calibration.title')}</h3>
      {report === undefined ? (
        <p>{t('calibration.missing')}</p>
      ) : (
        <>
          <p>
            {t('calibration.summary', {
              scenario: report.scenario,
              replications: report.replications,
              passed: report.passed,
              total: report.figures.length,
            })}
          </p>
          <table className="calibration-table">
            <thead>
              <tr>
                <th>{t('calibration.figure')}</th>
                <th>{t('calibration.source')}</th>
                <th>{t('calibration.observed')}</th>
                <th>{t('calibration.model')}</th>
                <th>{t('calibration.result')}</th>
              </tr>
            </thead>
            <tbody>
              {report.figures.map((f) => (
                <tr key={f.id} data-verdict={f.verdict}>
                  <td>
                    {f.label} ({f.unit})
                  </td>
                  <td>
                    {f.source}, {f.year}, {t('calibration.confidence', { tag: f.confidence })}
                  </td>
                  <td className="num">
                    {n(f.observed)} ({n(f.low)}–{n(f.high)})
                  </td>
                  <td className="num">
                    {n(f.model)} [{n(f.ciLow)}, {n(f.ciHigh)}]
                  </td>
                  <td>{t(`calibration.verdict.${f.verdict}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>{t('calibration.scopeTitle')}</h3>
      <p>{t('calibration.scopeModelled')}</p>
      <p>{t('calibration.scopeNotModelled')}</p>
    </section>
  );
}
