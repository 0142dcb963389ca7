// SPDX-License-Identifier: GPL-2.0-or-later
#include "archivevalidator.h"

#include "archivepath.h"
#include "archivereader.h"
#include "backgroundwork.h"
#include "deletedpaths.h"
#include "freshtardevice.h"
#include "imagetarcheck.h"
#include "peerdumps.h"
#include "sha256.h"
#include "untrustedtext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace Stasis
{

namespace
{

/// The checkpoint's metadata as Stasis writes it (CheckpointMetadata::fileName, a layer above).
constexpr QLatin1StringView metadataFile{"stasis.json"};

QString folderPath(const QString &relative)
{
    return ArchiveManifest::folder + QLatin1Char('/') + relative;
}

QString plainNameProblem(const QString &path)
{
    return ArchiveValidator::tr("The archive entry \"%1\" has a character other than the letters A-Z and a-z, digits, '.', '_', '+' and '-' in its name.")
        .arg(UntrustedText::asciiEscaped(path));
}

/// The folders the manifest's files lie in, case-folded.
QSet<QString> foldedFolders(const ArchiveManifest &manifest)
{
    QSet<QString> folders;
    for (const ArchiveFileEntry &file : manifest.files) {
        const QString folded = file.path.toCaseFolded();
        for (qsizetype slash = folded.indexOf(QLatin1Char('/')); slash > 0; slash = folded.indexOf(QLatin1Char('/'), slash + 1)) {
            folders.insert(folded.left(slash));
        }
    }
    return folders;
}

qint64 besideSizeLimit(const QString &name, const ArchiveLimits &limits)
{
    if (name == ArchiveManifest::FileSystem::tarName || name == ArchiveManifest::imageTarName || ArchiveManifest::Volume::ofTarName(name)) {
        return limits.maxFileSize;
    }
    return name == DeletedPaths::fileName ? limits.maxDeletedPathsSize : limits.maxPeerDumpSize;
}

/// The manifest's own file list follows the archive's name rules, and FreshTarDevice can repack it.
QString checkManifestFiles(const ArchiveManifest &manifest, const ArchiveLimits &limits, QString *offending)
{
    QSet<QString> folded;
    qint64 total = 0;
    if (manifest.files.size() + manifest.topLevelFiles.size() + 2 > limits.maxEntries) {
        return ArchiveValidator::tr("The manifest lists more than %1 files.").arg(limits.maxEntries);
    }
    const QSet<QString> folders = foldedFolders(manifest);
    for (const ArchiveFileEntry &file : manifest.files) {
        const QString full = folderPath(file.path);
        *offending = full;
        const std::expected<QString, QString> path = ArchivePath::validate(full.toUtf8(), limits.maxPathBytes, limits.maxDepth);
        if (!path || *path != full) {
            return ArchiveValidator::tr("The manifest lists an invalid file name: %1")
                .arg(path ? ArchiveValidator::tr("\"%1\" ends with '/'.").arg(full) : path.error());
        }
        if (!ArchivePath::hasPlainName(full)) {
            *offending = UntrustedText::asciiEscaped(full);
            return plainNameProblem(full);
        }
        if (!FreshTarDevice::canHold(file.path)) {
            return ArchiveValidator::tr(
                       "The archive entry \"%1\" has a name too long to repack: a tar header holds at most 100 bytes after the last '/' and "
                       "155 before it, and the import puts the checkpoint's files under a folder of %2 bytes.")
                .arg(full)
                .arg(FreshTarDevice::maxTopFolderBytes);
        }
        if (folded.contains(full.toCaseFolded())) {
            return ArchiveValidator::tr("The manifest lists \"%1\" twice (or twice differing only in case).").arg(full);
        }
        folded.insert(full.toCaseFolded());
        if (folders.contains(file.path.toCaseFolded())) {
            return ArchiveValidator::tr("The manifest lists \"%1\" both as a file and as the folder of other files.").arg(full);
        }
        if (file.size > limits.maxFileSize) {
            return ArchiveValidator::tr("The manifest's file \"%1\" is larger than the limit of %2 bytes.").arg(full).arg(limits.maxFileSize);
        }
        if (file.path == metadataFile && file.size > limits.maxMetadataSize) {
            return ArchiveValidator::tr("The manifest's file \"%1\" is larger than the limit of %2 bytes for it.").arg(full).arg(limits.maxMetadataSize);
        }
        total += file.size;
        if (total > limits.maxTotalSize) {
            return ArchiveValidator::tr("The manifest's files exceed the limit of %1 bytes in total.").arg(limits.maxTotalSize);
        }
    }
    QSet<QString> beside;
    for (const ArchiveFileEntry &file : manifest.topLevelFiles) {
        *offending = UntrustedText::asciiEscaped(file.path);
        if (!ArchiveManifest::mayLieBeside(file.path)) {
            return ArchiveValidator::tr("The manifest lists \"%1\" beside %2, where only %3, %4, %5, %6, %7 and %8 may be.")
                .arg(*offending,
                     ArchiveManifest::fileName,
                     PeerDumps::configFileName,
                     PeerDumps::specFileName,
                     ArchiveManifest::FileSystem::tarName,
                     DeletedPaths::fileName,
                     ArchiveManifest::imageTarName,
                     ArchiveManifest::Volume::tarNameOf(QStringLiteral("NAME")));
        }
        if (beside.contains(file.path)) {
            return ArchiveValidator::tr("The manifest lists \"%1\" twice.").arg(file.path);
        }
        beside.insert(file.path);
        if (const qint64 limit = besideSizeLimit(file.path, limits); file.size > limit) {
            return ArchiveValidator::tr("The manifest's file \"%1\" is larger than the limit of %2 bytes for it.").arg(file.path).arg(limit);
        }
        total += file.size;
        if (total > limits.maxTotalSize) {
            return ArchiveValidator::tr("The manifest's files exceed the limit of %1 bytes in total.").arg(limits.maxTotalSize);
        }
    }
    const bool hasTar = beside.contains(ArchiveManifest::FileSystem::tarName);
    if (hasTar != beside.contains(DeletedPaths::fileName) || hasTar != manifest.fileSystem.has_value()) {
        *offending = QString(ArchiveManifest::fileName);
        return ArchiveValidator::tr(
                   "The manifest's file system part is incomplete: it needs %1 and %2 beside it and its \"fileSystem\" summary, or none "
                   "of them.")
            .arg(ArchiveManifest::FileSystem::tarName, DeletedPaths::fileName);
    }
    for (const ArchiveFileEntry &file : manifest.topLevelFiles) {
        if (const std::optional<QString> volume = ArchiveManifest::Volume::ofTarName(file.path); volume && !manifest.volume(*volume)) {
            *offending = file.path;
            return ArchiveValidator::tr("The manifest lists \"%1\" beside itself, but no such volume.").arg(file.path);
        }
    }
    for (const ArchiveManifest::Volume &volume : manifest.volumes) {
        if (!beside.contains(volume.tarName())) {
            *offending = QString(ArchiveManifest::fileName);
            return ArchiveValidator::tr("The manifest lists the volume %1, but not its %2.").arg(volume.name, volume.tarName());
        }
    }
    offending->clear();
    return {};
}

} // namespace

bool ArchiveValidation::isOf(const QString &file) const
{
    const QFileInfo info(file);
    return !fileName.isEmpty() && info.absoluteFilePath() == fileName && info.size() == fileSize && info.lastModified(QTimeZone::UTC) == fileModified;
}

ArchiveValidator::ArchiveValidator(const QString &fileName, ArchiveFormat format, const ArchiveLimits &limits)
    : m_fileName(fileName)
    , m_format(format)
    , m_limits(limits)
    , m_total(QFileInfo(fileName).size())
{
}

void ArchiveValidator::cancel()
{
    m_cancelled = true;
}

qint64 ArchiveValidator::processedBytes() const
{
    return m_processed;
}

qint64 ArchiveValidator::totalBytes() const
{
    return m_total;
}

ArchiveValidation ArchiveValidator::run()
{
    ArchiveValidation result;
    const QFileInfo file(m_fileName);
    result.fileName = file.absoluteFilePath();
    result.fileSize = file.size();
    result.fileModified = file.lastModified(QTimeZone::UTC);
    const std::unique_ptr<ArchiveReader> created = ArchiveReader::create(m_fileName, m_format, m_limits);
    ArchiveReader &reader = *created;
    const auto refuse = [&](const QString &problem, const QString &entry) {
        reader.fail(problem, entry);
    };

    bool first = true;
    bool inManifest = false;
    QByteArray manifestJson;
    QHash<QString, ArchiveFileEntry> declared; // by path under the folder
    QHash<QString, ArchiveFileEntry> declaredBeside; // beside the manifest, by name
    QSet<QString> besideSeen;
    QSet<QString> seen; // full paths
    QHash<QString, QString> folded; // case-folded full path → full path
    const ArchiveFileEntry *current = nullptr;
    QString currentPath;
    Sha256 hash;
    // The file system's two files are read as they stream, besides being hashed.
    std::optional<FileSystemTarSummary> fileSystemTar;
    std::optional<QByteArray> deletedJson;
    // And the image's tar, so that loading it cannot name images on the target.
    std::optional<ImageTarCheck> imageTar;
    // And a volume's tar, of the volume the manifest describes.
    std::optional<FileSystemTarSummary> volumeTar;
    const ArchiveManifest::Volume *volume = nullptr;
    const QString tarName = ArchiveManifest::FileSystem::tarName;
    const auto refuseTar = [&](const QString &name, const TarStreamReader &tar) {
        refuse(tr("The archive's %1 is refused: %2").arg(name, tar.errorString()), name + QLatin1Char('/') + tar.offendingEntry());
    };
    // A file system or volume tar read to its end, against the manifest's count of it.
    const auto treeTarMatches = [&](const QString &name, FileSystemTarSummary &tar, qint64 entries, qint64 contentSize) {
        if (!tar.finish()) {
            refuseTar(name, tar.reader());
            return false;
        }
        if (tar.entries() != entries || tar.contentSize() != contentSize) {
            refuse(tr("The archive's %1 has %2 entries with %3 bytes of files, the manifest says %4 with %5.")
                       .arg(name)
                       .arg(tar.entries())
                       .arg(tar.contentSize())
                       .arg(entries)
                       .arg(contentSize),
                   name);
            return false;
        }
        return true;
    };

    for (;;) {
        if (m_cancelled) {
            result.cancelled = true;
            result.problem = tr("Checking the archive was cancelled.");
            return result;
        }
        const ArchiveReader::Token token = reader.readNext();
        m_processed = reader.compressedBytesRead();
        if (token == ArchiveReader::Token::Invalid) {
            break;
        }
        if (token == ArchiveReader::Token::End) {
            if (!result.manifest) {
                refuse(tr("The archive is empty: it has no %1.").arg(ArchiveManifest::fileName), QString(ArchiveManifest::fileName));
                break;
            }
            for (const ArchiveFileEntry &file : std::as_const(result.manifest->files)) {
                if (!result.fileSizes.contains(file.path)) {
                    refuse(tr("The file \"%1\" listed in the manifest is missing from the archive.").arg(folderPath(file.path)), folderPath(file.path));
                    break;
                }
            }
            for (const ArchiveFileEntry &file : std::as_const(result.manifest->topLevelFiles)) {
                if (!besideSeen.contains(file.path)) {
                    refuse(tr("The file \"%1\" listed in the manifest is missing from the archive.").arg(file.path), file.path);
                    break;
                }
            }
            break;
        }
        if (token == ArchiveReader::Token::EntryStarted) {
            const TarEntry &entry = reader.entry();
            const QString &path = entry.path;
            if (first) {
                first = false;
                if (path != ArchiveManifest::fileName || entry.type != TarEntry::Type::File) {
                    refuse(tr("The archive's first entry must be %1, not \"%2\".").arg(ArchiveManifest::fileName, path), path);
                    continue;
                }
                if (entry.size > m_limits.maxManifestSize) {
                    refuse(tr("The archive's %1 is larger than %2 bytes.").arg(ArchiveManifest::fileName).arg(m_limits.maxManifestSize), path);
                    continue;
                }
                inManifest = true;
                seen.insert(path);
                folded.insert(path.toCaseFolded(), path);
                continue;
            }
            if (!ArchivePath::hasPlainName(path)) {
                refuse(plainNameProblem(path), UntrustedText::asciiEscaped(path));
                continue;
            }
            if (seen.contains(path)) {
                refuse(tr("The archive entry \"%1\" appears twice.").arg(path), path);
                continue;
            }
            if (const auto other = folded.constFind(path.toCaseFolded()); other != folded.cend()) {
                refuse(tr("The archive entry \"%1\" differs only in case from \"%2\".").arg(path, *other), path);
                continue;
            }
            if (const auto file = declaredBeside.constFind(path); file != declaredBeside.cend()) {
                if (entry.type != TarEntry::Type::File) {
                    refuse(tr("The archive entry \"%1\" must be a file.").arg(path), path);
                    continue;
                }
                if (entry.size != file->size) {
                    refuse(tr("The archive entry \"%1\" has %2 bytes, the manifest says %3.").arg(path).arg(entry.size).arg(file->size), path);
                    continue;
                }
                seen.insert(path);
                folded.insert(path.toCaseFolded(), path);
                besideSeen.insert(path);
                current = &*file;
                currentPath = path;
                if (path == tarName) {
                    fileSystemTar.emplace(m_limits);
                } else if (path == ArchiveManifest::imageTarName) {
                    imageTar.emplace(result.manifest->container.imageId, m_limits);
                } else if (const std::optional<QString> name = ArchiveManifest::Volume::ofTarName(path)) {
                    volume = result.manifest->volume(*name);
                    volumeTar.emplace(m_limits, QString(ArchiveManifest::Volume::tarRoot));
                } else if (path == DeletedPaths::fileName) {
                    deletedJson.emplace();
                }
                continue;
            }
            if (ArchiveManifest::mayLieBeside(path)) {
                refuse(tr("The archive entry \"%1\" is not listed in the manifest.").arg(path), path);
                continue;
            }
            if (!ArchivePath::isUnder(path, QString(ArchiveManifest::folder))) {
                refuse(tr("The archive entry \"%1\" is outside the folder \"%2\".").arg(path, ArchiveManifest::folder), path);
                continue;
            }
            if (path == ArchiveManifest::folder && entry.type != TarEntry::Type::Directory) {
                refuse(tr("The archive entry \"%1\" must be a folder.").arg(path), path);
                continue;
            }
            // Whether the file comes before or after: what the manifest lists as a file is no folder.
            const qsizetype relativeStart = ArchiveManifest::folder.size() + 1;
            for (qsizetype slash = path.indexOf(QLatin1Char('/'), relativeStart); slash > 0; slash = path.indexOf(QLatin1Char('/'), slash + 1)) {
                if (declared.contains(path.sliced(relativeStart, slash - relativeStart))) {
                    refuse(tr("The archive entry \"%1\" lies under the file \"%2\".").arg(path, path.left(slash)), path);
                    break;
                }
            }
            seen.insert(path);
            folded.insert(path.toCaseFolded(), path);
            if (entry.type == TarEntry::Type::Directory) {
                // A folder that is also a file's name (x then x/) was refused above as a duplicate.
                for (const ArchiveFileEntry &file : std::as_const(result.manifest->files)) {
                    if (folderPath(file.path) == path) {
                        refuse(tr("The archive entry \"%1\" is a folder, the manifest says it is a file.").arg(path), path);
                        break;
                    }
                }
                continue;
            }
            const QString relative = path.mid(relativeStart);
            const auto file = declared.constFind(relative);
            if (file == declared.cend()) {
                refuse(tr("The archive entry \"%1\" is not listed in the manifest.").arg(path), path);
                continue;
            }
            if (entry.size != file->size) {
                refuse(tr("The archive entry \"%1\" has %2 bytes, the manifest says %3.").arg(path).arg(entry.size).arg(file->size), path);
                continue;
            }
            current = &*file;
            currentPath = path;
            result.fileSizes.insert(relative, entry.size);
            continue;
        }
        if (token == ArchiveReader::Token::Data) {
            if (inManifest) {
                manifestJson.append(reader.data());
            } else if (current) {
                hash.addData(reader.data());
                if (fileSystemTar && !fileSystemTar->feed(reader.data())) {
                    refuseTar(tarName, fileSystemTar->reader());
                } else if (imageTar && !imageTar->feed(reader.data())) {
                    refuseTar(QString(ArchiveManifest::imageTarName), imageTar->reader());
                } else if (volumeTar && !volumeTar->feed(reader.data())) {
                    refuseTar(volume->tarName(), volumeTar->reader());
                } else if (deletedJson) {
                    deletedJson->append(reader.data());
                }
            }
            continue;
        }
        // EntryFinished
        if (inManifest) {
            inManifest = false;
            std::expected<ArchiveManifest, QString> manifest = ArchiveManifest::fromJson(manifestJson);
            if (!manifest) {
                refuse(tr("The archive's \"%1\" is unusable: %2").arg(ArchiveManifest::fileName, manifest.error()), QString(ArchiveManifest::fileName));
                continue;
            }
            QString offending;
            if (const QString problem = checkManifestFiles(*manifest, m_limits, &offending); !problem.isEmpty()) {
                refuse(problem, offending);
                continue;
            }
            result.manifest = std::move(*manifest);
            for (const ArchiveFileEntry &file : std::as_const(result.manifest->files)) {
                declared.insert(file.path, file);
            }
            for (const ArchiveFileEntry &file : std::as_const(result.manifest->topLevelFiles)) {
                declaredBeside.insert(file.path, file);
            }
        } else if (current) {
            if (hash.hexResult() != current->sha256) {
                refuse(tr("The archive entry \"%1\" does not match the SHA-256 in the manifest.").arg(currentPath), currentPath);
                continue;
            }
            current = nullptr;
            if (fileSystemTar) {
                const ArchiveManifest::FileSystem &declaredChanges = *result.manifest->fileSystem;
                if (!treeTarMatches(tarName, *fileSystemTar, declaredChanges.entries, declaredChanges.contentSize)) {
                    continue;
                }
                result.largestFileSystemFiles = fileSystemTar->largestFiles();
                fileSystemTar.reset();
            } else if (imageTar) {
                if (!imageTar->finish()) {
                    refuseTar(QString(ArchiveManifest::imageTarName), imageTar->reader());
                    continue;
                }
                imageTar.reset();
            } else if (volumeTar) {
                if (!treeTarMatches(volume->tarName(), *volumeTar, volume->entries, volume->contentSize)) {
                    continue;
                }
                volumeTar.reset();
            } else if (deletedJson) {
                std::expected<DeletedPaths, QString> deleted = DeletedPaths::fromJson(*deletedJson, m_limits);
                deletedJson.reset();
                if (!deleted) {
                    refuse(deleted.error(), QString(DeletedPaths::fileName));
                    continue;
                }
                if (deleted->paths.size() != result.manifest->fileSystem->deletedPaths) {
                    refuse(tr("The archive's %1 lists %2 paths, the manifest says %3.")
                               .arg(DeletedPaths::fileName)
                               .arg(deleted->paths.size())
                               .arg(result.manifest->fileSystem->deletedPaths),
                           QString(DeletedPaths::fileName));
                    continue;
                }
                result.deletedPaths = std::move(deleted->paths);
            }
        }
    }

    if (!reader.errorString().isEmpty()) {
        result.problem = reader.errorString();
        result.offendingEntry = reader.offendingEntry();
        return result;
    }
    m_processed = m_total;
    result.memoryPagesSize = result.manifest->memoryPagesSize();
    result.processCount = result.manifest->processCount();
    return result;
}

QString ArchiveValidator::changedSinceChecked(const QString &what)
{
    return tr("The archive changed since it was checked: %1 Check it again, then import it again.").arg(what);
}

QFuture<ArchiveValidation> ArchiveValidator::start(std::shared_ptr<ArchiveValidator> validator)
{
    // The work owns its thread: released by the finished run, it lets the thread end by itself.
    auto work = std::make_shared<BackgroundWork>(QStringLiteral("stasis-validate"));
    return work->run<ArchiveValidation>([validator = std::move(validator), work]() mutable {
        ArchiveValidation validation = validator->run();
        work.reset();
        return validation;
    });
}

} // namespace Stasis
