import { runCli } from './src/cli/run';
const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write('ERR:' + t) };
runCli(process.argv.slice(2), io).then((c) => console.log('exit', c), (e) => console.log('THROW', e.message));
