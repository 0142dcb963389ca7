// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivelimits.h"
#include "archivemanifest.h"
#include "produceddevice.h"

#include <memory>

namespace Stasis
{

class BackgroundWork;

/// One file beside the manifest of an archive ArchiveValidator accepted,
/// as an upload body: re-read from the archive on a BackgroundWork thread
/// at the reader's pace, its size and SHA-256 compared with the manifest's;
/// an archive that changed since it was checked fails the device, naming
/// what differs. A subclass decides what of the file goes out (take()), and
/// holds its last bytes back until the hash matched (release()), so the
/// reader never gets a complete body that was not checked.
class ValidatedArchiveFileDevice : public ProducedDevice
{
    Q_OBJECT

protected:
    /// @p file: the manifest's entry; the device gives out as many bytes.
    ValidatedArchiveFileDevice(const QString &archiveFileName,
                               ArchiveFormat format,
                               const ArchiveFileEntry &file,
                               const ArchiveLimits &limits,
                               QObject *parent);
    /// Subclasses call stopReading() first in their destructors.
    ~ValidatedArchiveFileDevice() override;

    /// On the worker: the file's next bytes. False stops, after fail() or
    /// failArchive() (a subclass's check refused them).
    virtual bool take(QByteArrayView bytes) = 0;
    /// On the worker, after the file's last byte and before its hash is
    /// compared: false when the content is incomplete, after failArchive().
    virtual bool endOfFile()
    {
        return true;
    }
    /// On the worker, once the hash matched: the output's last bytes.
    virtual void release() = 0;

    /// Fails the device: the archive no longer holds what was checked.
    void failArchive(const QString &problem);
    /// Ends the worker; a producer waiting for room ends soon.
    void stopReading();

    const QString &archiveFileName() const
    {
        return m_archiveFileName;
    }

private:
    void startProducing() override;
    /// On the worker.
    void reread();

    const QString m_archiveFileName;
    const ArchiveFormat m_format;
    const ArchiveFileEntry m_file;
    const ArchiveLimits m_limits;
    std::unique_ptr<BackgroundWork> m_work;
};

} // namespace Stasis
