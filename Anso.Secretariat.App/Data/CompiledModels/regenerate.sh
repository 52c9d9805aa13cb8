#!/usr/bin/env bash
# Regenerates the compiled models, one per engine: SQLite's in Sqlite/, PostgreSQL's in PostgreSql/.
# Run from anywhere after changing an entity, a configuration or a convention (Data/Configurations, SecretariatDbContext,
# EngineDifferences): Anso.Secretariat.App/Data/CompiledModels/regenerate.sh. Data/CompiledModelsTests fails until then.
set -euo pipefail
cd "$(dirname "$0")/../../.."
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql; do
  folder="Anso.Secretariat.App/Data/CompiledModels/$provider"
  # The old model goes first: after an entity or property is removed it would no longer compile (the app finds the
  # models by name, so it builds without them).
  rm -rf "$folder"
  Database__Provider=$provider dotnet tool run dotnet-ef dbcontext optimize --project Anso.Secretariat.App \
    --output-dir "Data/CompiledModels/$provider" --namespace "Anso.Secretariat.App.Data.CompiledModels.$provider"
  # Each model names the context in an assembly attribute, by which EF would take it for every engine and whenever no
  # model is given: the app chooses one itself (DatabaseTarget.Configure, UseModel).
  rm "$folder/SecretariatDbContextAssemblyAttributes.cs"
done
