// Entry of dist/cdn/embed.js, loaded by dist/embed.html: runs the embed page (see embed.ts).
import { startEmbed } from './embed.js';

void startEmbed();
