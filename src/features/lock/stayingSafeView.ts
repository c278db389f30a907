/** "Staying safe on this device", loaded lazily: from Settings, Safety and the lock screen. */
import { lazyView } from '../../ui/lazyView';

export const stayingSafe = lazyView(() => import('./StayingSafe').then((m) => m.StayingSafe));
