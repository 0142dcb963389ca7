// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QIODevice>

namespace Stasis
{

/// A write-only, seekable window onto another device that closing leaves
/// open. KArchive closes the device it writes to, but a QSaveFile must be
/// committed or cancelled, never closed: ArchiveWriter hands KZip and
/// KCompressionDevice this instead of its QSaveFile.
class ArchiveOutputDevice final : public QIODevice
{
    Q_OBJECT

public:
    explicit ArchiveOutputDevice(QIODevice *target, QObject *parent = nullptr);

    bool isSequential() const override;
    bool seek(qint64 position) override;
    qint64 size() const override;

protected:
    qint64 readData(char *data, qint64 maximumSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
};

} // namespace Stasis
