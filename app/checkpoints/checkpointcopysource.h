// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "freshtardevice.h"
#include "tarstreamreader.h"

#include <QCoreApplication>

#include <memory>

namespace Stasis
{

class CheckpointArchiveStream;
class EngineClient;

/// The FreshTarDevice source of a checkpoint copied from one folder to
/// another: streams the engine's tar of the source checkpoint
/// (CheckpointArchiveStream, through a read-only helper container) on the
/// device's thread and hands the device its files, their modification times
/// kept. The device's file list comes from a first pass (CheckpointScan); a
/// stream whose files differ from it (the source changed meanwhile) or a
/// failed download fails the device. While the device is full the stream is
/// paused, and with it the engine's sending.
class CheckpointCopySource final
    : public FreshTarDevice::Source
    , private TarStreamReader::Handler
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::CheckpointCopySource)

public:
    CheckpointCopySource(EngineClient *client, const QString &helper, const QString &checkpoint);
    ~CheckpointCopySource() override;

    void start(FreshTarDevice *device) override;
    void resume() override;
    void stop() override;

private:
    bool entryStarted(const TarEntry &entry) override;
    bool entryData(QByteArrayView chunk) override;
    bool entryFinished() override;
    void streamFinished(bool ok);

    EngineClient *m_client;
    QString m_helper;
    QString m_checkpoint;
    FreshTarDevice *m_device = nullptr;
    std::unique_ptr<CheckpointArchiveStream> m_stream;
    bool m_inFile = false;
};

} // namespace Stasis
