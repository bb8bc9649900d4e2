import { executeServerCommand } from '@web/test-runner-commands';

export interface Media {
  media?: 'screen' | 'print' | null;
  forcedColors?: 'active' | 'none' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  colorScheme?: 'light' | 'dark' | null;
}

/** Emuleert mediatype en -kenmerken, ook forced colors (zie test/plugins/media.js). */
export const emuleerMedia = (media: Media): Promise<boolean> => executeServerCommand<boolean, Media>('emuleer-media', media);

/** Zet alle emulatie terug naar het gewone scherm. */
export const gewoneMedia = (): Promise<boolean> =>
  emuleerMedia({ media: null, forcedColors: null, reducedMotion: null, colorScheme: null });
