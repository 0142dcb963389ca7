// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "spooledcapture.h"

#include <QPointer>

namespace Stasis
{

class EngineClient;
class FileSystemChangePlan;
class FileSystemDiffStream;

/// A SpooledCapture of files of a container, read through the engine as a
/// FileSystemDiffStream of a FileSystemChangePlan: its file system changes
/// (FileSystemCapture) or a volume it mounts (VolumeCapture). Fails without
/// an engine error when the files hold what cannot be carried (a FIFO, a
/// device, extended attributes).
class FileTreeCapture : public SpooledCapture
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTreeCapture)

protected:
    using SpooledCapture::SpooledCapture;

    /// Reads @p plan of @p container into the spool; streamed() follows.
    void stream(EngineClient *client, const QString &container, const FileSystemChangePlan &plan);
    /// The tar is spooled up to its end: @p entries entries with
    /// @p contentSize bytes of files. The spool closes right after.
    virtual void streamed(qint64 entries, qint64 contentSize) = 0;
    /// The sentence for the user when the files hold what cannot be carried, said by @p problem.
    virtual QString uncarriable(const QString &problem) const = 0;

    void stopReading() override;
    void resumeReading() override;

private:
    void streamFinished(bool ok);

    QPointer<FileSystemDiffStream> m_stream;
};

} // namespace Stasis
