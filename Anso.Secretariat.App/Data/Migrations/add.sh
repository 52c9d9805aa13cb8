#!/usr/bin/env bash
# Adds one migration, named after the change, to both engines' sets: SQLite's here, PostgreSQL's in PostgreSql/.
# Run from anywhere after changing an entity or a configuration: Anso.Secretariat.App/Data/Migrations/add.sh DescribeTheChange
# Each set only ever grows: databases already deployed on either engine apply the new migration and keep their data.
set -euo pipefail
name="${1:?usage: add.sh DescribeTheChange}"
cd "$(dirname "$0")/../../.."
dotnet tool restore >/dev/null
dotnet tool run dotnet-ef migrations add "$name" --project Anso.Secretariat.App --output-dir Data/Migrations
Database__Provider=PostgreSql dotnet tool run dotnet-ef migrations add "$name" --project Anso.Secretariat.App \
  --output-dir Data/Migrations/PostgreSql --namespace Anso.Secretariat.App.Data.Migrations.PostgreSql
