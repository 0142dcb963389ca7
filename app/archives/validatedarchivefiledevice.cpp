// SPDX-License-Identifier: GPL-2.0-or-later
#include "validatedarchivefiledevice.h"

#include "archivereader.h"
#include "archivevalidator.h"
#include "backgroundwork.h"
#include "sha256.h"

namespace Stasis
{

ValidatedArchiveFileDevice::ValidatedArchiveFileDevice(const QString &archiveFileName,
                                                       ArchiveFormat format,
                                                       const ArchiveFileEntry &file,
                                                       const ArchiveLimits &limits,
                                                       QObject *parent)
    : ProducedDevice(file.size, parent)
    , m_archiveFileName(archiveFileName)
    , m_format(format)
    , m_file(file)
    , m_limits(limits)
{
}

ValidatedArchiveFileDevice::~ValidatedArchiveFileDevice()
{
    stopReading();
}

void ValidatedArchiveFileDevice::stopReading()
{
    // The work's destruction waits for the producer.
    stopWaiting();
    m_work.reset();
}

void ValidatedArchiveFileDevice::failArchive(const QString &problem)
{
    fail(ArchiveValidator::changedSinceChecked(problem));
}

void ValidatedArchiveFileDevice::startProducing()
{
    m_work = std::make_unique<BackgroundWork>(QStringLiteral("stasis-reread"));
    m_work->post([this] {
        reread();
    });
}

void ValidatedArchiveFileDevice::reread()
{
    const std::unique_ptr<ArchiveReader> archive = ArchiveReader::create(m_archiveFileName, m_format, m_limits);
    Sha256 hash;
    bool inFile = false;
    for (;;) {
        switch (archive->readNext()) {
        case ArchiveReader::Token::Invalid:
            return failArchive(archive->errorString());
        case ArchiveReader::Token::End:
            return failArchive(tr("%1 is missing.").arg(m_file.path));
        case ArchiveReader::Token::EntryStarted:
            inFile = archive->entry().path == m_file.path;
            if (inFile && archive->entry().size != m_file.size) {
                return failArchive(tr("%1 has another size.").arg(m_file.path));
            }
            break;
        case ArchiveReader::Token::Data:
            if (inFile) {
                hash.addData(archive->data());
                if (!take(archive->data()) || !waitForRoom()) {
                    return;
                }
            }
            break;
        case ArchiveReader::Token::EntryFinished:
            if (!inFile) {
                break;
            }
            if (!endOfFile()) {
                return;
            }
            if (hash.hexResult() != m_file.sha256) {
                return failArchive(tr("%1 no longer matches the SHA-256 in the manifest.").arg(m_file.path));
            }
            release();
            // The rest of the archive is not needed.
            return finish();
        }
    }
}

} // namespace Stasis
