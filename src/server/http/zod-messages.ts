import { z } from 'zod';

/**
 * Messages people can act on, for every schema in the app (zod's defaults read like
 * "Too small: expected string to have >=2 characters"). Schemas with their own message keep it.
 */
z.config({
  customError(issue) {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined ? 'Required' : `Expected ${issue.expected}`;
      case 'too_small':
        if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Cannot be empty' : `Use at least ${issue.minimum} characters`;
        if (issue.origin === 'array' || issue.origin === 'set') return `Choose at least ${issue.minimum}`;
        return `Must be at least ${issue.minimum}`;
      case 'too_big':
        if (issue.origin === 'string') return `Use at most ${issue.maximum} characters`;
        if (issue.origin === 'array' || issue.origin === 'set') return `At most ${issue.maximum} items`;
        return `Must be at most ${issue.maximum}`;
      case 'invalid_format':
        return FORMAT_MESSAGES[issue.format] ?? 'Not in the expected format';
      case 'invalid_value':
        return `Use one of: ${issue.values.map((value) => String(value)).join(', ')}`;
      case 'unrecognized_keys':
        return `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
      default:
        return undefined;
    }
  },
});

const FORMAT_MESSAGES: Record<string, string> = {
  email: 'Enter a valid e-mail address',
  uuid: 'Not a valid id',
  url: 'Enter a full URL, like https://example.com',
  datetime: 'Use a date and time like 2026-11-23T09:30:00Z',
  date: 'Use a date like 2026-11-23',
  regex: 'Not in the expected format',
};
