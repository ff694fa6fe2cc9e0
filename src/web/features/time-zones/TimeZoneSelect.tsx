import { useMemo, type ComponentProps } from 'react';
import { Select } from '../../components/ui/Field';
import { timeZoneLabel, timeZoneOptions } from './zones';

type TimeZoneSelectProps = Omit<ComponentProps<'select'>, 'value' | 'onChange' | 'children'> & {
  value: string;
  onChange: (zone: string) => void;
};

/** A native select of IANA time zones; place inside a `Field`. */
export function TimeZoneSelect({ value, onChange, ...rest }: TimeZoneSelectProps) {
  const zones = useMemo(() => timeZoneOptions([value]), [value]);
  return (
    <Select value={value} onChange={(event) => onChange(event.target.value)} {...rest}>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {timeZoneLabel(zone)}
        </option>
      ))}
    </Select>
  );
}
