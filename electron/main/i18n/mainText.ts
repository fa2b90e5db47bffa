// What the main process says in native dialogs, in the interface's three languages (the page
// tells main which one through setMenuState). English is the reference; a test checks that every
// language has every message.
import type { Language } from '../../shared/menuCommands.ts';

export type JsonSyntaxCode =
  | 'InvalidSymbol'
  | 'InvalidNumberFormat'
  | 'PropertyNameExpected'
  | 'ValueExpected'
  | 'ColonExpected'
  | 'CommaExpected'
  | 'CloseBraceExpected'
  | 'CloseBracketExpected'
  | 'EndOfFileExpected'
  | 'InvalidCommentToken'
  | 'UnexpectedEndOfComment'
  | 'UnexpectedEndOfString'
  | 'UnexpectedEndOfNumber'
  | 'InvalidUnicode'
  | 'InvalidEscapeCharacter'
  | 'InvalidCharacter'
  | 'EmptyFile';

export interface MainText {
  jsonSyntax: Record<JsonSyntaxCode, string>;
  isFolder(file: string): string;
  tooLarge(file: string, size: string, limit: string): string;
  cannotRead(file: string, reason: string): string;
  notFound: string;
  notAllowed: string;
  /** A device, pipe or socket named like a scenario file. */
  notRegularFile(file: string): string;
  /** A symlink loop or a path the OS cannot follow. */
  symlinkLoop: string;
  /** Deeper, longer or bigger than any scenario (jsonBudget.ts): `what` is one of its kinds. */
  tooComplex(file: string, what: 'depth' | 'items' | 'containers', limit: number): string;
  notJson(file: string, problem: string, line: number, column: number): string;
  notScenario(file: string): string;
  notSaved(file: string, reason: string): string;
  tooLargeToSave(size: string, limit: string): string;
  nothingWritten(folder: string, reason: string): string;
  cannotExport(problems: string): string;
  cannotOpenTitle: string;
  notSavedTitle: string;
  notExportedTitle: string;
  openTitle: string;
  saveTitle: string;
  /** The Save dialog of an exported image or video. */
  saveMediaTitle: string;
  exportTitle(description: string): string;
  exportButton: string;
  scenarioFilter: string;
  allFilesFilter: string;
  replaceTitle: string;
  replaceMessage(count: number, folder: string): string;
  replaceDetail(names: string): string;
  replaceButtons: [replace: string, cancel: string];
  unsavedTitle: string;
  unsavedMessage(name: string): string;
  unsavedDetail: string;
  unsavedButtons: [save: string, discard: string, cancel: string];
  untitled: string;
  crashTitle: string;
  crashMessage(count: number, reason: string): string;
  crashDetail: string;
}

const en: MainText = {
  jsonSyntax: {
    InvalidSymbol: 'an unexpected character',
    InvalidNumberFormat: 'a malformed number',
    PropertyNameExpected: 'a property name in double quotes was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: 'a colon (:) was expected',
    CommaExpected: 'a comma was expected',
    CloseBraceExpected: 'a closing brace (}) was expected',
    CloseBracketExpected: 'a closing bracket (]) was expected',
    EndOfFileExpected: 'text after the end of the JSON value',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'an unfinished comment',
    UnexpectedEndOfString: 'an unfinished string',
    UnexpectedEndOfNumber: 'an unfinished number',
    InvalidUnicode: 'an invalid \\u escape',
    InvalidEscapeCharacter: 'an invalid escape character',
    InvalidCharacter: 'a control character inside a string',
    EmptyFile: 'the file is empty',
  },
  isFolder: (file) => `${file} cannot be opened: it is a folder, not a file.`,
  tooLarge: (file, size, limit) => `${file} is ${size}; scenario files may be at most ${limit}.`,
  cannotRead: (file, reason) => `${file} cannot be opened: ${reason}.`,
  notFound: 'the file does not exist (it may have been moved or deleted)',
  notAllowed: 'the app is not allowed to read it',
  notRegularFile: (file) => `${file} cannot be opened: it is a device, pipe or socket, not a file.`,
  symlinkLoop: 'its path has too many symbolic links (a link that points back to itself?)',
  tooComplex: (file, what, limit) =>
    `${file} is not a scenario: ${
      what === 'depth'
        ? `it nests more than ${limit} levels deep`
        : what === 'items'
          ? `it has a list of more than ${limit} items`
          : `it holds more than ${limit} objects and lists`
    }, more than any scenario has.`,
  notJson: (file, problem, line, column) =>
    `${file} is not valid JSON: ${problem} at line ${line}, column ${column}.`,
  notScenario: (file) => `${file} is not a SCODA scenario:`,
  notSaved: (file, reason) => `${file} was not saved: ${reason}.`,
  tooLargeToSave: (size, limit) => `the scenario is ${size} as JSON; files may be at most ${limit}`,
  nothingWritten: (folder, reason) => `Nothing was written to ${folder}: ${reason}.`,
  cannotExport: (problems) => `Cannot export: ${problems}.`,
  cannotOpenTitle: 'The scenario cannot be opened',
  notSavedTitle: 'The scenario was not saved',
  notExportedTitle: 'The CSV files were not exported',
  openTitle: 'Open scenario',
  saveTitle: 'Save scenario',
  saveMediaTitle: 'Save image or video',
  exportTitle: (description) => `Export CSV: ${description}`,
  exportButton: 'Export here',
  scenarioFilter: 'SCODA scenario',
  allFilesFilter: 'All files',
  replaceTitle: 'Replace files?',
  replaceMessage: (count, folder) => `${count} file(s) already exist in ${folder}.`,
  replaceDetail: (names) => `${names}\n\nReplace them with this run's files?`,
  replaceButtons: ['Replace', 'Cancel'],
  unsavedTitle: 'Unsaved changes',
  unsavedMessage: (name) => `Save the changes to ${name}?`,
  unsavedDetail: 'Your changes are lost if you do not save them.',
  unsavedButtons: ['Save…', "Don't save", 'Cancel'],
  untitled: 'this scenario',
  crashTitle: 'The window keeps crashing',
  crashMessage: (count, reason) => `The page crashed ${count} times in a minute (last: ${reason}).`,
  crashDetail: 'Your work was autosaved and will be offered again when you restart the app.',
};

const zh: MainText = {
  jsonSyntax: {
    InvalidSymbol: '意外的字符',
    InvalidNumberFormat: '数字格式错误',
    PropertyNameExpected: '此处应为带双引号的属性名',
    ValueExpected: '此处应为一个值',
    ColonExpected: '此处应为冒号 (:)',
    CommaExpected: '此处应为逗号',
    CloseBraceExpected: '此处应为右花括号 (})',
    CloseBracketExpected: '此处应为右方括号 (])',
    EndOfFileExpected: 'JSON 值结束后还有多余内容',
    InvalidCommentToken: 'JSON 中不允许注释',
    UnexpectedEndOfComment: '注释未结束',
    UnexpectedEndOfString: '字符串未结束',
    UnexpectedEndOfNumber: '数字未结束',
    InvalidUnicode: '无效的 \\u 转义',
    InvalidEscapeCharacter: '无效的转义字符',
    InvalidCharacter: '字符串中有控制字符',
    EmptyFile: '文件为空',
  },
  isFolder: (file) => `无法打开 ${file}：它是文件夹，不是文件。`,
  tooLarge: (file, size, limit) => `${file} 大小为 ${size}；情景文件最大为 ${limit}。`,
  cannotRead: (file, reason) => `无法打开 ${file}：${reason}。`,
  notFound: '文件不存在（可能已被移动或删除）',
  notAllowed: '应用没有读取它的权限',
  notRegularFile: (file) => `无法打开 ${file}：它是设备、管道或套接字，不是文件。`,
  symlinkLoop: '路径中的符号链接过多（可能有指向自身的链接）',
  tooComplex: (file, what, limit) =>
    `${file} 不是情景文件：${
      what === 'depth'
        ? `嵌套超过 ${limit} 层`
        : what === 'items'
          ? `有超过 ${limit} 项的列表`
          : `包含超过 ${limit} 个对象和列表`
    }，超出任何情景的规模。`,
  notJson: (file, problem, line, column) =>
    `${file} 不是有效的 JSON：第 ${line} 行第 ${column} 列，${problem}。`,
  notScenario: (file) => `${file} 不是 SCODA 情景文件：`,
  notSaved: (file, reason) => `${file} 未保存：${reason}。`,
  tooLargeToSave: (size, limit) => `情景的 JSON 大小为 ${size}；文件最大为 ${limit}`,
  nothingWritten: (folder, reason) => `没有向 ${folder} 写入任何文件：${reason}。`,
  cannotExport: (problems) => `无法导出：${problems}。`,
  cannotOpenTitle: '无法打开情景',
  notSavedTitle: '情景未保存',
  notExportedTitle: 'CSV 文件未导出',
  openTitle: '打开情景',
  saveTitle: '保存情景',
  saveMediaTitle: '保存图片或视频',
  exportTitle: (description) => `导出 CSV：${description}`,
  exportButton: '导出到此处',
  scenarioFilter: 'SCODA 情景',
  allFilesFilter: '所有文件',
  replaceTitle: '替换文件？',
  replaceMessage: (count, folder) => `${folder} 中已有 ${count} 个同名文件。`,
  replaceDetail: (names) => `${names}\n\n用本次运行的文件替换它们吗？`,
  replaceButtons: ['替换', '取消'],
  unsavedTitle: '未保存的更改',
  unsavedMessage: (name) => `是否保存对 ${name} 的更改？`,
  unsavedDetail: '如果不保存，您的更改将会丢失。',
  unsavedButtons: ['保存…', '不保存', '取消'],
  untitled: '此情景',
  crashTitle: '窗口反复崩溃',
  crashMessage: (count, reason) => `页面在一分钟内崩溃了 ${count} 次（最近一次：${reason}）。`,
  crashDetail: '您的工作已自动保存，下次启动应用时会再次提供。',
};

const ru: MainText = {
  jsonSyntax: {
    InvalidSymbol: 'неожиданный символ',
    InvalidNumberFormat: 'неверный формат числа',
    PropertyNameExpected: 'ожидалось имя свойства в двойных кавычках',
    ValueExpected: 'ожидалось значение',
    ColonExpected: 'ожидалось двоеточие (:)',
    CommaExpected: 'ожидалась запятая',
    CloseBraceExpected: 'ожидалась закрывающая фигурная скобка (})',
    CloseBracketExpected: 'ожидалась закрывающая квадратная скобка (])',
    EndOfFileExpected: 'лишний текст после конца JSON',
    InvalidCommentToken: 'комментарии в JSON не допускаются',
    UnexpectedEndOfComment: 'незавершённый комментарий',
    UnexpectedEndOfString: 'незавершённая строка',
    UnexpectedEndOfNumber: 'незавершённое число',
    InvalidUnicode: 'неверная последовательность \\u',
    InvalidEscapeCharacter: 'неверный escape-символ',
    InvalidCharacter: 'управляющий символ внутри строки',
    EmptyFile: 'файл пуст',
  },
  isFolder: (file) => `Не удалось открыть ${file}: это папка, а не файл.`,
  tooLarge: (file, size, limit) => `Размер ${file} — ${size}; файл сценария может быть не больше ${limit}.`,
  cannotRead: (file, reason) => `Не удалось открыть ${file}: ${reason}.`,
  notFound: 'файл не существует (возможно, его переместили или удалили)',
  notAllowed: 'у приложения нет прав на чтение',
  notRegularFile: (file) => `Не удалось открыть ${file}: это устройство, канал или сокет, а не файл.`,
  symlinkLoop: 'в пути слишком много символических ссылок (ссылка указывает сама на себя?)',
  tooComplex: (file, what, limit) =>
    `${file} — не сценарий: ${
      what === 'depth'
        ? `вложенность больше ${limit} уровней`
        : what === 'items'
          ? `в нём список длиннее ${limit} элементов`
          : `в нём больше ${limit} объектов и списков`
    } — больше, чем в любом сценарии.`,
  notJson: (file, problem, line, column) =>
    `${file} не является корректным JSON: ${problem} в строке ${line}, столбце ${column}.`,
  notScenario: (file) => `${file} не является сценарием SCODA:`,
  notSaved: (file, reason) => `${file} не сохранён: ${reason}.`,
  tooLargeToSave: (size, limit) => `сценарий в JSON занимает ${size}; файл может быть не больше ${limit}`,
  nothingWritten: (folder, reason) => `В ${folder} ничего не записано: ${reason}.`,
  cannotExport: (problems) => `Экспорт невозможен: ${problems}.`,
  cannotOpenTitle: 'Не удалось открыть сценарий',
  notSavedTitle: 'Сценарий не сохранён',
  notExportedTitle: 'CSV-файлы не экспортированы',
  openTitle: 'Открыть сценарий',
  saveTitle: 'Сохранить сценарий',
  saveMediaTitle: 'Сохранить изображение или видео',
  exportTitle: (description) => `Экспорт CSV: ${description}`,
  exportButton: 'Экспортировать сюда',
  scenarioFilter: 'Сценарий SCODA',
  allFilesFilter: 'Все файлы',
  replaceTitle: 'Заменить файлы?',
  replaceMessage: (count, folder) => `В ${folder} уже есть файлы с такими именами: ${count}.`,
  replaceDetail: (names) => `${names}\n\nЗаменить их файлами этого прогона?`,
  replaceButtons: ['Заменить', 'Отмена'],
  unsavedTitle: 'Несохранённые изменения',
  unsavedMessage: (name) => `Сохранить изменения в ${name}?`,
  unsavedDetail: 'Если не сохранить, изменения будут потеряны.',
  unsavedButtons: ['Сохранить…', 'Не сохранять', 'Отмена'],
  untitled: 'этом сценарии',
  crashTitle: 'Окно постоянно аварийно завершается',
  crashMessage: (count, reason) =>
    `Страница аварийно завершилась ${count} раз за минуту (последний раз: ${reason}).`,
  crashDetail: 'Ваша работа сохранена автоматически и будет предложена при следующем запуске приложения.',
};

export const MAIN_TEXT: Readonly<Record<Language, MainText>> = { en, zh, ru };
