import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { toCsv, toMarkdown } from '../../../src/features/backup/readable';
import { translate } from '../../../src/ui/i18n/i18n';
import type { MessageKey } from '../../../src/ui/i18n/messages/en';
import spanish from '../../../src/ui/i18n/messages/es';
import type { Entry } from '../../../src/storage/types';
import { openAppInSpanish, speakEnglishAfterEachTest } from '../i18n/inSpanish';

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

speakEnglishAfterEachTest();

describe('backups in Spanish', () => {
  it('names the backup forms, their problems and the printable report in Spanish', async () => {
    const user = await openAppInSpanish();
    const nav = screen.getByRole('navigation', { name: 'Principal' });
    await user.click(within(nav).getByRole('button', { name: 'Ajustes' }));

    const section = await screen.findByRole('region', {
      name: 'Copias de seguridad y exportaciones',
    });
    expect(section).toHaveTextContent(
      'Todavía no se ha hecho ninguna copia de seguridad desde este dispositivo.',
    );
    const exportForm = within(section).getByRole('form', { name: 'Copia de seguridad cifrada' });
    await user.type(within(exportForm).getByLabelText('Frase de contraseña de la copia'), 'corta');
    await user.click(
      within(exportForm).getByRole('button', { name: 'Exportar copia de seguridad' }),
    );
    expect(await within(exportForm).findByRole('alert')).toHaveTextContent(
      /^La frase de contraseña de una copia necesita al menos \d+ caracteres\.$/,
    );

    const restore = within(section).getByRole('group', {
      name: 'Restaurar desde una copia de seguridad',
    });
    await user.click(within(restore).getByRole('button', { name: 'Importar' }));
    expect(await within(restore).findByRole('alert')).toHaveTextContent(
      'Primero elige un archivo de copia de seguridad.',
    );
    expect(within(section).getByRole('group', { name: 'Copia legible' })).toBeDefined();
    expect(
      within(section).getByRole('group', { name: 'Traer entradas desde Daylio' }),
    ).toBeDefined();

    await user.click(within(section).getByRole('button', { name: 'Informe para imprimir' }));
    const report = await screen.findByRole('article', { name: 'Informe' });
    expect(within(report).getByRole('heading', { name: 'Informe del diario' })).toBeDefined();
    expect(report).toHaveTextContent(
      'Incluye todo el diario, que todavía no tiene entradas. 0 entradas. Preparado el',
    );
    expect(within(report).getByRole('heading', { name: 'Registro de incidentes' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Volver a Ajustes' })).toBeDefined();
  });

  it('writes the readable files’ headings in Spanish', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) =>
      translate(spanish, 'es', key, params);
    const entry: Entry = {
      id: 'a',
      createdAt: Date.UTC(2025, 2, 2, 12),
      happenedAt: Date.UTC(2025, 2, 1, 12),
      updatedAt: Date.UTC(2025, 2, 2, 12),
      mood: 2,
      feelings: [],
      events: [],
      text: 'Un día largo.',
    } as unknown as Entry;
    expect(toCsv([entry], [], t).split('\r\n')[0]).toBe(
      '"sucedió","escrita","ánimo","ánimo_en_palabras","sentimientos","hechos","pregunta","texto",' +
        '"daño_lugar","daño_testigos","daño_palabras","daño_lesiones","daño_denuncia",' +
        '"daño_número_de_denuncia"',
    );
    const markdown = toMarkdown([entry], [], t);
    expect(markdown).toMatch(/^# Diario\n/);
    expect(markdown).toContain('Escrita: ');
    expect(markdown).toContain(`Estado de ánimo: 2 (${t('mood.2')})`);
  });
});
