/// <reference lib="webworker" />
// The editor's Web Worker: the planner's workbook (exceljs) and route geometry, kept apart from
// the simulation worker so a large workbook never delays validation or a run.
import * as Comlink from 'comlink';
import { createEditorApi } from './editorApi.ts';

Comlink.expose(createEditorApi(), self);
