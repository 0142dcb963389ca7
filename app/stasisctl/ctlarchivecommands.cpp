// SPDX-License-Identifier: GPL-2.0-or-later
// stasisctl's archive commands: checkpoint export, import and inspect.
#include "ctlcommand.h"

#include "archiveformat.h"
#include "archivelimits.h"
#include "archivevalidator.h"
#include "containerrecipe.h"
#include "hostaccess.h"
#include "importjob.h"
#include "untrustedtext.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace Stasis
{

namespace
{
QString formatNames()
{
    QStringList names;
    for (const ArchiveFormat format : ArchiveFormats::all()) {
        names.append(ArchiveFormats::name(format));
    }
    return names.join(QLatin1String(", "));
}

/// A recipe's value on one line: strings as they are, the rest as compact JSON.
QString recipeValue(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return value.toVariant().toString();
}

/// What `import --create` would create, field by field, and which of it reaches the host.
QStringList recipeLines(const QJsonObject &configuration)
{
    const auto recipe = ContainerRecipe::fromJson(configuration);
    if (!recipe) {
        return {QStringLiteral("Recipe:      unusable: %1").arg(UntrustedText::escaped(recipe.error()))};
    }
    QStringList lines{QStringLiteral("Recipe:")};
    const QJsonObject json = recipe->toJson();
    for (auto part = json.begin(); part != json.end(); ++part) {
        if (!part->isObject()) {
            lines.append(QStringLiteral("  %1: %2").arg(part.key(), UntrustedText::escaped(recipeValue(*part))));
            continue;
        }
        const QJsonObject fields = part->toObject();
        for (auto field = fields.begin(); field != fields.end(); ++field) {
            lines.append(QStringLiteral("  %1.%2: %3").arg(part.key(), UntrustedText::escaped(field.key()), UntrustedText::escaped(recipeValue(*field))));
        }
    }
    const HostAccess access = HostAccess::of(*recipe);
    if (access.isEmpty()) {
        lines.append(QStringLiteral("  nothing of it reaches the host"));
    }
    for (const HostAccess::Setting &setting : access.refused) {
        lines.append(QStringLiteral("  refused without --allow-host-config: %1 (%2)").arg(UntrustedText::escaped(setting.toString()), setting.field));
    }
    return lines;
}

QString inspectionText(const QString &file, ArchiveFormat format, const ArchiveValidation &validation)
{
    // Every string from the archive is escaped: none may recolour, move or forge a line.
    const auto shown = [](const QString &text) {
        return UntrustedText::escaped(text);
    };
    const QLocale c = QLocale::c();
    QStringList lines;
    lines.append(QStringLiteral("Archive:     %1 (%2, %3)")
                     .arg(shown(file), ArchiveFormats::name(format), c.formattedDataSize(QFileInfo(file).size(), 1, QLocale::DataSizeTraditionalFormat)));
    lines.append(QStringLiteral("Verdict:     %1").arg(validation.ok() ? QStringLiteral("valid") : QStringLiteral("refused: ") + shown(validation.problem)));
    if (!validation.manifest) {
        return lines.join(QLatin1Char('\n'));
    }
    const ArchiveManifest &manifest = *validation.manifest;
    lines.append(QStringLiteral("Format:      %1").arg(manifest.formatVersion));
    lines.append(QStringLiteral("Checkpoint:  %1, taken %2").arg(shown(manifest.checkpoint.name), manifest.checkpoint.created.toUTC().toString(Qt::ISODate)));
    lines.append(QStringLiteral("Container:   %1 (%2)").arg(shown(manifest.container.name), shown(manifest.container.id.left(12))));
    const ArchiveFileEntry *image = manifest.topLevelFile(ArchiveManifest::imageTarName);
    lines.append(QStringLiteral("Image:       %1 (%2), %3")
                     .arg(shown(manifest.container.image),
                          shown(manifest.container.imageId),
                          image ? QStringLiteral("inside (%1)").arg(c.formattedDataSize(image->size, 1, QLocale::DataSizeTraditionalFormat))
                                : QStringLiteral("not inside: the target engine needs it")));
    lines.append(QStringLiteral("Engine:      Docker %1, API %2, %3/%4, kernel %5")
                     .arg(shown(manifest.engine.version),
                          shown(manifest.engine.apiVersion),
                          shown(manifest.engine.os),
                          shown(manifest.engine.architecture),
                          shown(manifest.engine.kernelVersion)));
    lines.append(QStringLiteral("Made by:     %1").arg(shown(manifest.producer)));
    lines.append(QStringLiteral("Size:        %1 in %2 files")
                     .arg(c.formattedDataSize(manifest.totalSize(), 1, QLocale::DataSizeTraditionalFormat))
                     .arg(manifest.files.size()));
    lines.append(QStringLiteral("Memory:      %1 of memory pages").arg(c.formattedDataSize(manifest.memoryPagesSize(), 1, QLocale::DataSizeTraditionalFormat)));
    lines.append(QStringLiteral("Processes:   %1").arg(manifest.processCount()));
    if (const std::optional<ArchiveManifest::FileSystem> &changes = manifest.fileSystem) {
        lines.append(QStringLiteral("File system: %1 entries, %2 of files, %3 deleted paths%4")
                         .arg(changes->entries)
                         .arg(c.formattedDataSize(changes->contentSize, 1, QLocale::DataSizeTraditionalFormat))
                         .arg(changes->deletedPaths)
                         .arg(changes->capturedWhileRunning ? QStringLiteral(" (read while the container ran)") : QString()));
        for (const FileSystemTarSummary::LargeFile &large : validation.largestFileSystemFiles) {
            lines.append(QStringLiteral("  %1  /%2").arg(c.formattedDataSize(large.size, 1, QLocale::DataSizeTraditionalFormat), 10).arg(shown(large.path)));
        }
        for (const QString &deleted : validation.deletedPaths.mid(0, FileSystemTarSummary::largestKept)) {
            lines.append(QStringLiteral("  deleted     %1").arg(shown(deleted)));
        }
    } else {
        lines.append(QStringLiteral("File system: not in the archive (the image's files only)"));
    }
    if (manifest.volumes.isEmpty()) {
        lines.append(QStringLiteral("Volumes:     none inside"));
    }
    for (const ArchiveManifest::Volume &volume : manifest.volumes) {
        lines.append(QStringLiteral("%1%2 at %3: %4 entries, %5 of files (%6 driver)")
                         .arg(&volume == &manifest.volumes.constFirst() ? QStringLiteral("Volumes:     ") : QStringLiteral("             "),
                              shown(volume.name),
                              shown(volume.destination))
                         .arg(volume.entries)
                         .arg(c.formattedDataSize(volume.contentSize, 1, QLocale::DataSizeTraditionalFormat), shown(volume.driver)));
    }
    lines.append(recipeLines(manifest.container.configuration));
    lines.append(QString());
    lines.append(QStringLiteral("%1  %2  %3  %4")
                     .arg(QStringLiteral("SIZE"), 12)
                     .arg(QStringLiteral("MODE"))
                     .arg(QStringLiteral("SHA256"), -64)
                     .arg(QStringLiteral("FILE")));
    for (const ArchiveFileEntry &entry : manifest.files) {
        lines.append(QStringLiteral("%1  %2  %3  %4")
                         .arg(entry.size, 12)
                         .arg(entry.mode, 4, 8, QLatin1Char('0'))
                         .arg(QString::fromLatin1(entry.sha256), shown(entry.path)));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray inspectionJson(const QString &file, ArchiveFormat format, const ArchiveValidation &validation)
{
    QJsonObject object{
        {QStringLiteral("file"), file},
        {QStringLiteral("format"), ArchiveFormats::name(format)},
        {QStringLiteral("valid"), validation.ok()},
    };
    if (!validation.ok()) {
        object.insert(QStringLiteral("problem"), validation.problem);
        object.insert(QStringLiteral("offendingEntry"), validation.offendingEntry);
    }
    if (validation.manifest) {
        object.insert(QStringLiteral("manifest"), QJsonDocument::fromJson(validation.manifest->toJson()).object());
        object.insert(QStringLiteral("totalSize"), double(validation.manifest->totalSize()));
        object.insert(QStringLiteral("memoryPagesSize"), double(validation.manifest->memoryPagesSize()));
        object.insert(QStringLiteral("processCount"), validation.manifest->processCount());
        object.insert(QStringLiteral("carriesImage"), validation.manifest->carriesImage());
        if (validation.manifest->fileSystem) {
            QJsonArray largest;
            for (const FileSystemTarSummary::LargeFile &large : validation.largestFileSystemFiles) {
                largest.append(QJsonObject{{QStringLiteral("path"), large.path}, {QStringLiteral("size"), double(large.size)}});
            }
            object.insert(QStringLiteral("largestFileSystemFiles"), largest);
            object.insert(QStringLiteral("deletedPaths"), QJsonArray::fromStringList(validation.deletedPaths));
        }
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented).trimmed();
}
} // namespace

void CtlCommand::checkpointExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The archive file to write."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("tar.zst (default), tar.gz, tar.xz or zip."), QStringLiteral("FORMAT"));
    const QCommandLineOption withoutFileSystem(QStringLiteral("without-filesystem"),
                                               QStringLiteral("Leave the container's file system changes out (the archive then restores only where "
                                                              "the image's files suffice)."));
    const QCommandLineOption withImage(QStringLiteral("with-image"),
                                       QStringLiteral("Carry the container's image too, so the target engine needs no registry."));
    const QCommandLineOption withVolumes(
        QStringLiteral("with-volumes"),
        QStringLiteral("Carry the content of the container's named volumes too (never its binds: they are folders of the host)."));
    parser.addOptions({checkpointDirOption, output, format, withoutFileSystem, withImage, withVolumes});
    const QString usage = QStringLiteral(
        "checkpoint export [--checkpoint-dir DIR] [--format FORMAT] [--without-filesystem] [--with-image] [--with-volumes] CONTAINER CHECKPOINT -o FILE");
    if (!parse(parser, arguments, 2, usage)) {
        return;
    }
    if (!parser.isSet(output)) {
        return fail(QStringLiteral("no output file; usage: stasisctl %1").arg(usage), 2);
    }
    ExportJob::Request request;
    request.container = parser.positionalArguments().at(0);
    request.checkpoint = parser.positionalArguments().at(1);
    request.directory = parser.value(checkpointDirOption);
    request.outputPath = parser.value(output);
    request.withFileSystem = !parser.isSet(withoutFileSystem);
    request.withImage = parser.isSet(withImage);
    request.withVolumes = parser.isSet(withVolumes);
    const std::optional<ArchiveFormat> named = ArchiveFormats::fromFileName(request.outputPath);
    if (parser.isSet(format)) {
        const std::optional<ArchiveFormat> chosen = ArchiveFormats::fromName(parser.value(format));
        if (!chosen) {
            return fail(QStringLiteral("unknown format '%1'; formats: %2").arg(parser.value(format), formatNames()), 2);
        }
        if (named && named != chosen) {
            return fail(QStringLiteral("%1 is named like a %2 archive, not %3: rename it or drop --format")
                            .arg(request.outputPath, ArchiveFormats::name(*named), ArchiveFormats::name(*chosen)),
                        2);
        }
        request.format = *chosen;
    } else {
        request.format = named.value_or(ArchiveFormat::TarZstd);
    }
    runJob(
        [this, request] {
            return m_workspace->exportCheckpoint(request, QStringLiteral("checkpoint export %1 %2").arg(request.container, request.checkpoint));
        },
        QFileInfo(request.outputPath).absoluteFilePath());
}

void CtlCommand::checkpointImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("Import under this checkpoint name instead of the archive's."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption create(
        QStringLiteral("create"),
        QStringLiteral("Create CONTAINER from the archive's container configuration first, loading the image it carries when the engine lacks it."));
    const QCommandLineOption applyFileSystem(QStringLiteral("apply-filesystem"),
                                             QStringLiteral("Write the archive's file system changes into the existing CONTAINER too."));
    const QCommandLineOption reuseVolumes(QStringLiteral("reuse-volumes"),
                                          QStringLiteral("Use a volume of a name the archive carries as it is when the engine has one, instead of refusing."));
    parser.addOptions({name, create, allowHostConfigOption, applyFileSystem, reuseVolumes});
    if (!parse(parser,
               arguments,
               2,
               QStringLiteral("checkpoint import [--name NAME] [--create [--allow-host-config] [--reuse-volumes] | --apply-filesystem] FILE CONTAINER"))) {
        return;
    }
    if (parser.isSet(reuseVolumes) && !parser.isSet(create)) {
        return fail(QStringLiteral("--reuse-volumes needs --create: volumes are created only for a new container"), 2);
    }
    if (parser.isSet(allowHostConfigOption) && !parser.isSet(create)) {
        return fail(QStringLiteral("--allow-host-config needs --create: it allows what the new container is created with"), 2);
    }
    if (parser.isSet(applyFileSystem) && parser.isSet(create)) {
        return fail(QStringLiteral("--apply-filesystem is for an existing container: --create applies the file system anyway"), 2);
    }
    const QString file = parser.positionalArguments().at(0);
    const QString container = parser.positionalArguments().at(1);
    Workspace::ImportOptions options;
    options.checkpointName = parser.value(name);
    options.createContainer = parser.isSet(create);
    options.allowHostAccess = parser.isSet(allowHostConfigOption);
    options.applyFileSystem = parser.isSet(applyFileSystem);
    options.reuseVolumes = parser.isSet(reuseVolumes);
    runJob(
        [this, file, container, options] {
            return m_workspace->importArchive(file, container, options, QStringLiteral("checkpoint import %1 %2").arg(file, container));
        },
        {},
        [](KJob *job) {
            if (!job->error()) {
                std::fprintf(stdout, "%s\n", qPrintable(static_cast<ImportJob *>(job)->checkpointName()));
            }
        });
}

void CtlCommand::checkpointInspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    const std::optional<bool> json = parseWithFormat(parser, arguments, 1, QStringLiteral("checkpoint inspect [--format json] FILE"), QStringLiteral("text"));
    if (!json) {
        return;
    }
    const QString file = parser.positionalArguments().at(0);
    const std::optional<ArchiveFormat> archiveFormat = ArchiveFormats::fromFileName(file);
    if (!archiveFormat) {
        return fail(QStringLiteral("%1 is not a checkpoint archive: its name must end in .tar.zst, .tar.gz, .tar.xz or .zip").arg(file), 2);
    }
    if (!QFileInfo(file).isFile()) {
        return fail(QStringLiteral("cannot read %1: no such file").arg(file));
    }
    const auto validator = std::make_shared<ArchiveValidator>(file, *archiveFormat, ArchiveLimits::fromSettings());
    ArchiveValidator::start(validator).then(this, [this, file, json = *json, archiveFormat, validator](const ArchiveValidation &validation) {
        const QByteArray text = json ? inspectionJson(file, *archiveFormat, validation) : inspectionText(file, *archiveFormat, validation).toUtf8();
        std::fprintf(stdout, "%s\n", text.constData());
        validation.ok() ? succeed() : fail(QStringLiteral("%1 is not a valid checkpoint archive: %2").arg(file, validation.problem));
    });
}

} // namespace Stasis
