import { parseArgs } from 'node:util'
import { openStore, readConfig } from '../../compose.ts'
import { hashPassword, validPassword } from '../../server/index.ts'
import { createUser, findUserByLogin, listUsers, type Role, setPasswordHash, setUserRole } from '../../store/index.ts'
import { guarded } from '../errors.ts'
import type { CommandModule } from '../zhengji.ts'

const ROLES: readonly Role[] = ['reader', 'editor', 'admin']

const usage = `zhengji user create --username NAME [--email E] [--role reader|editor|admin] [--password P]
zhengji user role NAME reader|editor|admin
zhengji user password NAME [--password P]
zhengji user list

Without --password the password is read from the first line of standard input (so it stays out of the shell
history): printf '%s\\n' "$PW" | zhengji user create --username chief --role admin`

async function readStdinLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password: ')
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer)
    if (Buffer.concat(chunks).includes(10)) break
  }
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trimEnd()
}

function fail(message: string): number {
  console.error(`zhengji user: ${message}`)
  return 2
}

const command: CommandModule = {
  summary: 'manage portal accounts: create one (e.g. an admin), change a role or a password, list them',
  usage,
  run: (argv) =>
    guarded('user', async () => {
      const { values, positionals } = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          username: { type: 'string' },
          email: { type: 'string' },
          role: { type: 'string' },
          password: { type: 'string' },
        },
      })
      const [action, ...rest] = positionals
      if (action !== 'create' && action !== 'role' && action !== 'password' && action !== 'list') {
        return fail(`expected create, role, password or list\n\n${usage}`)
      }
      const role = (action === 'role' ? rest[1] : (values.role ?? 'reader')) as Role
      if ((action === 'create' || action === 'role') && !ROLES.includes(role)) {
        return fail(`the role must be reader, editor or admin (got "${String(role)}")`)
      }
      const name = action === 'create' ? values.username : rest[0]
      if (action !== 'list' && !name) return fail(`name the user\n\n${usage}`)
      const password =
        action === 'create' || action === 'password' ? (values.password ?? (await readStdinLine())) : undefined
      if (password !== undefined && !validPassword(password)) return fail('a password has 8 to 200 characters')
      const store = await openStore(readConfig())
      try {
        if (action === 'list') {
          for (const u of await listUsers(store.db)) console.log(`${u.id}\t${u.username}\t${u.role}\t${u.email ?? ''}`)
          return 0
        }
        if (action === 'create') {
          const user = await createUser(store.db, {
            username: name ?? '',
            email: values.email,
            role,
            passwordHash: await hashPassword(password ?? ''),
          })
          if (!user) return fail(`the username or e-mail is taken: ${name}`)
          console.log(`created ${user.role} ${user.username} (id ${user.id})`)
          return 0
        }
        const user = await findUserByLogin(store.db, name ?? '')
        if (!user) return fail(`no such user: ${name}`)
        if (action === 'role') {
          await setUserRole(store.db, user.id, role)
          console.log(`${user.username} is now ${role}`)
        } else {
          await setPasswordHash(store.db, user.id, await hashPassword(password ?? ''))
          console.log(`password of ${user.username} changed`)
        }
        return 0
      } finally {
        await store.close()
      }
    }),
}
export default command
