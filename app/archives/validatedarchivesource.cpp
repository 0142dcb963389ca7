// SPDX-License-Identifier: GPL-2.0-or-later
#include "validatedarchivesource.h"

#include "archivepath.h"
#include "archivereader.h"
#include "archiveslogging.h"
#include "archivevalidator.h"
#include "backgroundwork.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace Stasis
{

ValidatedArchiveSource::ValidatedArchiveSource(const QString &archiveFileName,
                                               ArchiveFormat format,
                                               const ArchiveManifest &manifest,
                                               const ArchiveLimits &limits)
    : m_archiveFileName(archiveFileName)
    , m_format(format)
    , m_manifest(manifest)
    , m_limits(limits)
{
}

// The device is being destroyed: its waitForRoom() answers false, so the worker ends soon.
ValidatedArchiveSource::~ValidatedArchiveSource() = default;

std::unique_ptr<FreshTarDevice> ValidatedArchiveSource::device(const QString &archiveFileName,
                                                               ArchiveFormat format,
                                                               const ArchiveManifest &manifest,
                                                               const QString &topFolder,
                                                               const ArchiveLimits &limits,
                                                               QObject *parent)
{
    return std::make_unique<FreshTarDevice>(manifest.files,
                                            topFolder,
                                            manifest.checkpoint.created,
                                            std::make_unique<ValidatedArchiveSource>(archiveFileName, format, manifest, limits),
                                            parent);
}

void ValidatedArchiveSource::start(FreshTarDevice *device)
{
    m_work = std::make_unique<BackgroundWork>(QStringLiteral("stasis-import"));
    m_work->post([this, device] {
        produce(device);
    });
}

bool ValidatedArchiveSource::isBesideManifest(const QString &path) const
{
    return std::any_of(m_manifest.topLevelFiles.cbegin(), m_manifest.topLevelFiles.cend(), [&](const ArchiveFileEntry &file) {
        return file.path == path;
    });
}

void ValidatedArchiveSource::produce(FreshTarDevice *device)
{
    const std::unique_ptr<ArchiveReader> created = ArchiveReader::create(m_archiveFileName, m_format, m_limits);
    ArchiveReader &reader = *created;
    Sha256 hash;
    QString current;
    QByteArray expectedHash;
    while (device->waitForRoom()) {
        switch (reader.readNext()) {
        case ArchiveReader::Token::Invalid:
            return device->fail(ArchiveValidator::changedSinceChecked(reader.errorString()));
        case ArchiveReader::Token::EntryStarted: {
            const TarEntry &entry = reader.entry();
            current.clear();
            // Only the checkpoint's own files go to the engine's folder.
            if (entry.type == TarEntry::Type::Directory || entry.path == ArchiveManifest::fileName || isBesideManifest(entry.path)) {
                break;
            }
            const QString relative = entry.path.mid(ArchiveManifest::folder.size() + 1);
            if (!ArchivePath::isUnder(entry.path, QString(ArchiveManifest::folder)) || !device->expects(relative, entry.size)) {
                return device->fail(ArchiveValidator::changedSinceChecked(tr("its entry \"%1\" is not the one the manifest lists.").arg(entry.path)));
            }
            if (!device->beginFile(relative, entry.size, m_manifest.checkpoint.created)) {
                return;
            }
            current = entry.path;
            for (const ArchiveFileEntry &file : std::as_const(m_manifest.files)) {
                if (file.path == relative) {
                    expectedHash = file.sha256;
                }
            }
            break;
        }
        case ArchiveReader::Token::Data:
            if (!current.isEmpty()) {
                m_hashingThread = QThread::currentThread();
                hash.addData(reader.data());
                device->append(reader.data());
            }
            break;
        case ArchiveReader::Token::EntryFinished:
            if (!current.isEmpty()) {
                if (hash.hexResult() != expectedHash) {
                    return device->fail(ArchiveValidator::changedSinceChecked(tr("\"%1\" no longer matches the SHA-256 in the manifest.").arg(current)));
                }
                device->endFile();
                current.clear();
            }
            break;
        case ArchiveReader::Token::End:
            if (const QString missing = device->missingFile(); !missing.isEmpty()) {
                return device->fail(
                    ArchiveValidator::changedSinceChecked(tr("\"%1/%2\", listed in the manifest, is missing.").arg(ArchiveManifest::folder, missing)));
            }
            qCDebug(lcArchives) << "re-read" << m_archiveFileName << "for the upload";
            return device->finishArchive();
        }
    }
}

} // namespace Stasis
