// Form controls of the app's own that speak its language, instead of the browser's native
// (English) date picker and file button: a date-and-time field with a calendar, a file picker.
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from './i18n/i18n';
import { monthGrid, parseDateTime, spellDateTime, writeDateTime } from './lib/datetime';

/**
 * A date and time typed as dd/mm/yyyy hh:mm (an ISO date is read too), with a calendar to pick
 * the day. `onChange` receives the date, or null while the text is not one.
 */
export function DateTimeField({ id, label, onChange, required }: { id: string; label: string; onChange(d: Date | null): void; required?: boolean }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [month, setMonth] = useState(() => {
    const n = new Date();
    return { y: n.getFullYear(), m: n.getMonth() };
  });
  const parsed = parseDateTime(text);
  const hint = id + '-hint';
  const said = id + '-said';
  const gridRef = useRef<HTMLDivElement>(null);
  useEffect(() => onChange(parsed), [text]); // eslint-disable-line react-hooks/exhaustive-deps
  // The day to focus once the grid is drawn: the chosen one, or one reached with the arrow keys.
  const [focusDay, setFocusDay] = useState<number | null>(null);
  useEffect(() => {
    const grid = gridRef.current;
    if (open) (grid?.querySelector<HTMLButtonElement>('button[aria-pressed=true]') ?? grid?.querySelector<HTMLButtonElement>('button.day'))?.focus();
  }, [open]);
  useEffect(() => {
    if (open && focusDay !== null) gridRef.current?.querySelector<HTMLButtonElement>(`button[data-day="${focusDay}"]`)?.focus();
  }, [open, month, focusDay]);
  // Arrow keys move a day or a week, Home and End to the month's ends, crossing months.
  const move = (day: number, key: string): boolean => {
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[key];
    const last = new Date(month.y, month.m + 1, 0).getDate();
    if (key === 'Home' || key === 'End') {
      setFocusDay(key === 'Home' ? 1 : last);
      return true;
    }
    if (step === undefined) return false;
    const d = new Date(month.y, month.m, day + step);
    setMonth({ y: d.getFullYear(), m: d.getMonth() });
    setFocusDay(d.getDate());
    return true;
  };

  const pick = (day: number) => {
    const prev = parsed ?? new Date(2000, 0, 1, 9, 0);
    setText(writeDateTime(new Date(month.y, month.m, day, prev.getHours(), prev.getMinutes())));
    setOpen(false);
    document.getElementById(id)?.focus();
  };
  const shift = (n: number) => {
    setFocusDay(null);
    setMonth(({ y, m }) => ({ y: m + n < 0 ? y - 1 : m + n > 11 ? y + 1 : y, m: (m + n + 12) % 12 }));
  };
  const monthName = new Date(month.y, month.m, 1).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', year: 'numeric' });
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(2024, 0, 1 + i).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'short' }));

  return (
    <div className="field datetime">
      <label htmlFor={id}>{label}</label>
      <div className="inline">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          required={required}
          placeholder={t('datefield.placeholder')}
          aria-invalid={text.trim() !== '' && !parsed}
          aria-describedby={hint + ' ' + said}
          onChange={(e) => setText(e.target.value)}
        />
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id + '-cal'}
          onClick={() => {
            if (!open && parsed) setMonth({ y: parsed.getFullYear(), m: parsed.getMonth() });
            setFocusDay(null);
            setOpen((o) => !o);
          }}
        >
          {t('datefield.calendar')}
        </button>
      </div>
      <small id={hint} className="hint">
        {t('datefield.hint')}
      </small>
      <small id={said} className={'hint' + (text.trim() !== '' && !parsed ? ' bad' : '')} aria-live="polite" data-testid={id + '-said'}>
        {text.trim() === '' ? '' : parsed ? spellDateTime(parsed, lang) : t('datefield.invalid')}
      </small>
      {open && (
        <div
          className="calendar"
          id={id + '-cal'}
          role="group"
          aria-label={t('datefield.calendarOf', { month: monthName })}
          ref={gridRef}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setOpen(false);
              document.getElementById(id)?.focus();
            }
          }}
        >
          <div className="cal-head">
            <button type="button" onClick={() => shift(-1)}>
              {t('datefield.prevMonth')}
            </button>
            <strong aria-live="polite">{monthName}</strong>
            <button type="button" onClick={() => shift(1)}>
              {t('datefield.nextMonth')}
            </button>
          </div>
          <table>
            <thead>
              <tr>
                {weekdays.map((w) => (
                  <th key={w} scope="col">
                    {w}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthGrid(month.y, month.m).map((week, i) => (
                <tr key={i}>
                  {week.map((d, j) => (
                    <td key={j}>
                      {d && (
                        <button
                          type="button"
                          className="day"
                          data-day={d}
                          onKeyDown={(e) => {
                            if (move(d, e.key)) e.preventDefault();
                          }}
                          aria-pressed={!!parsed && parsed.getFullYear() === month.y && parsed.getMonth() === month.m && parsed.getDate() === d}
                          aria-label={new Date(month.y, month.m, d).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full' })}
                          onClick={() => pick(d)}
                        >
                          {d}
                        </button>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/**
 * A file picker labelled in the app's language: the native input stays (forms, tests and
 * drag-and-drop use it) but is hidden behind a button and the chosen file's name.
 */
export function FilePicker({
  id,
  label,
  onFile,
  disabled,
  accept,
  inputRef,
}: {
  id: string;
  label: string;
  onFile(f: File): void;
  disabled?: boolean;
  accept?: string;
  inputRef?: React.RefObject<HTMLInputElement | null>;
}) {
  const { t } = useI18n();
  const own = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? own;
  const [name, setName] = useState('');
  const chosen = useId();
  return (
    <div className="field filepicker">
      <label htmlFor={id}>{label}</label>
      <div className="inline">
        <input
          id={id}
          ref={ref}
          type="file"
          className="file-native"
          tabIndex={-1}
          aria-hidden="true"
          accept={accept}
          disabled={disabled}
          onChange={(e) => {
            const f = e.target.files?.[0];
            setName(f ? f.name : '');
            if (f) onFile(f);
          }}
        />
        <button type="button" disabled={disabled} aria-describedby={chosen} onClick={() => ref.current?.click()}>
          {t('filepicker.choose')}
        </button>
        <span id={chosen} className="meta">
          {name || t('filepicker.none')}
        </span>
      </div>
    </div>
  );
}
