#!/usr/bin/env node
'use strict';
// Editors start this with --stdio (or --node-ipc); see docs/language-server.md.
require('../dist/server.js').start(process.argv.slice(2));
