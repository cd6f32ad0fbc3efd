import { useMessages } from 'next-intl';

/**
 * Colours are stored in Finnish (the shop's first language); this names one in the shopper's
 * language, or leaves a colour the dictionary (catalog.colours) does not know as it is.
 */
export function useColourName(): (colour: string) => string {
  const colours: Record<string, string> = useMessages().catalog.colours;
  return (colour) => colours[colour] ?? colour;
}
