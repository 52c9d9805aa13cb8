#!/usr/bin/env python3
"""Writes a hand-written EF migration from the model's schema (EF Design does not restore here).

Usage: tools/new-migration.py NAME     a new migration with what the earlier ones have not created
       tools/new-migration.py --initial  rewrite the initial migration from the whole model (only while
                                         no database outside development exists, i.e. before the first release)
It asks the app for the schema its model creates (--print-schema), keeps the statements that no earlier
migration has run, and writes Anso.Secretariat.App/Data/Migrations/<timestamp>_NAME.cs. Statements that
change an existing table (SQLite cannot ALTER much) must be written by hand; MigrationsTests fails until
the migrated schema equals the model's.
"""
import datetime, glob, os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name = sys.argv[1]
initial = name == "--initial"
schema = subprocess.run(["dotnet", "run", "--project", os.path.join(root, "Anso.Secretariat.App"), "--", "--print-schema"],
                        check=True, capture_output=True, text=True).stdout
statements = [s.strip() + ";" for s in re.split(r";\s*\n", schema) if s.strip() and not s.strip().startswith("--")]
migrations = sorted(glob.glob(os.path.join(root, "Anso.Secretariat.App/Data/Migrations/*.cs")))
if initial:
    for f in migrations: os.remove(f)
    migrations, name, stamp = [], "Initial", "20261122000000"
else:
    stamp = datetime.datetime.utcnow().strftime("%Y%m%d%H%M%S")
done = "".join(open(f).read() for f in migrations)
new = [s for s in statements if s not in done]
body = "\n\n".join(f'        migrationBuilder.Sql("""\n{s}\n""");' for s in new)
path = os.path.join(root, f"Anso.Secretariat.App/Data/Migrations/{stamp}_{name}.cs")
open(path, "w").write(f'''using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Anso.Secretariat.App.Data.Migrations;

/// <summary>Written by tools/new-migration.py from the model's own schema; MigrationsTests proves they agree.</summary>
[DbContext(typeof(SecretariatDbContext))]
[Migration("{stamp}_{name}")]
public sealed class {name} : Migration
{{
    protected override void Up(MigrationBuilder migrationBuilder)
    {{
{body}
    }}
}}
''')
print(f"{path}: {len(new)} statements")
