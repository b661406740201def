#!/usr/bin/env node
// The CLI is bin/netns-lab.cjs (package.json's bin); this name still runs it.
import './netns-lab.cjs';
