// SPDX-License-Identifier: GPL-2.0-or-later
#include "archivevalidator.h"

#include "archivepath.h"
#include "archivereader.h"
#include "backgroundwork.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

namespace Stasis
{

namespace
{

QString folderPath(const QString &relative)
{
    return ArchiveManifest::folder + QLatin1Char('/') + relative;
}

/// The manifest's own file list follows the archive's name rules.
QString checkManifestFiles(const ArchiveManifest &manifest, const ArchiveLimits &limits, QString *offending)
{
    QSet<QString> folded;
    qint64 total = 0;
    if (manifest.files.size() + 2 > limits.maxEntries) {
        return ArchiveValidator::tr("The manifest lists more than %1 files.").arg(limits.maxEntries);
    }
    for (const ArchiveFileEntry &file : manifest.files) {
        const QString full = folderPath(file.path);
        const std::expected<QString, QString> path = ArchivePath::validate(full.toUtf8(), limits.maxPathBytes, limits.maxDepth);
        if (!path || *path != full) {
            *offending = full;
            return ArchiveValidator::tr("The manifest lists an invalid file name: %1")
                .arg(path ? ArchiveValidator::tr("\"%1\" ends with '/'.").arg(full) : path.error());
        }
        if (folded.contains(full.toCaseFolded())) {
            *offending = full;
            return ArchiveValidator::tr("The manifest lists \"%1\" twice (or twice differing only in case).").arg(full);
        }
        folded.insert(full.toCaseFolded());
        if (file.size > limits.maxFileSize) {
            *offending = full;
            return ArchiveValidator::tr("The manifest's file \"%1\" is larger than the limit of %2 bytes.").arg(full).arg(limits.maxFileSize);
        }
        total += file.size;
        if (total > limits.maxTotalSize) {
            *offending = full;
            return ArchiveValidator::tr("The manifest's files exceed the limit of %1 bytes in total.").arg(limits.maxTotalSize);
        }
    }
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
    QHash<QString, TarEntry::Type> seen; // by full path
    QHash<QString, QString> folded; // case-folded full path → full path
    const ArchiveFileEntry *current = nullptr;
    QString currentPath;
    Sha256 hash;

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
                if (entry.size > ArchiveManifest::maximumSize) {
                    refuse(tr("The archive's %1 is larger than %2 bytes.").arg(ArchiveManifest::fileName).arg(ArchiveManifest::maximumSize), path);
                    continue;
                }
                inManifest = true;
                seen.insert(path, entry.type);
                folded.insert(path.toCaseFolded(), path);
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
            if (!ArchivePath::isUnder(path, QString(ArchiveManifest::folder))) {
                refuse(tr("The archive entry \"%1\" is outside the folder \"%2\".").arg(path, ArchiveManifest::folder), path);
                continue;
            }
            if (path == ArchiveManifest::folder && entry.type != TarEntry::Type::Directory) {
                refuse(tr("The archive entry \"%1\" must be a folder.").arg(path), path);
                continue;
            }
            for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0; slash = path.indexOf(QLatin1Char('/'), slash + 1)) {
                if (seen.value(path.left(slash), TarEntry::Type::Directory) == TarEntry::Type::File) {
                    refuse(tr("The archive entry \"%1\" lies under the file \"%2\".").arg(path, path.left(slash)), path);
                    break;
                }
            }
            seen.insert(path, entry.type);
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
            const QString relative = path.mid(ArchiveManifest::folder.size() + 1);
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
        } else if (current) {
            if (hash.hexResult() != current->sha256) {
                refuse(tr("The archive entry \"%1\" does not match the SHA-256 in the manifest.").arg(currentPath), currentPath);
                continue;
            }
            current = nullptr;
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
