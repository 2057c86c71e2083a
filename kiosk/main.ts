// The kiosk: every loa-* element, the shell, and its stylesheet.
import '../src/define.js';
import './kiosk.css';
import {defineElement} from '../src/core/define.js';
import {KioskApp} from './src/kiosk-app.js';

defineElement('loa-kiosk-app', KioskApp);
