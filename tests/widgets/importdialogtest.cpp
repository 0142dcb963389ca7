// SPDX-License-Identifier: GPL-2.0-or-later
// ImportDialog offline: an archive whose configuration reaches the host lists
// those settings as plain text, and "into a new container" stays disabled
// until "Allow these host settings" (off by default) is checked; importing
// into an existing container needs no allowance; an ordinary configuration
// lists nothing. Reusing volumes is offered for an archive that carries
// volumes, and only for a new container.
#include "importdialog.h"
#include "samplearchives.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
QJsonObject recipe(const QJsonObject &hostConfig)
{
    return QJsonObject{
        {QStringLiteral("Config"), QJsonObject{{QStringLiteral("Image"), QStringLiteral("busybox:latest")}}},
        {QStringLiteral("HostConfig"), hostConfig},
    };
}
} // namespace

class ImportDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;

    QString archiveOf(const QString &fileName, const QJsonObject &configuration)
    {
        const QString file = m_work.filePath(fileName);
        const QByteArray manifest = manifestWithRecipe(configuration);
        return writeArchive(file, ArchiveFormat::TarGzip, goodTar(manifest).finish()) ? file : QString();
    }

    static bool checkedValid(ImportDialog &dialog)
    {
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        return checked.wait(10000) && checked.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
    }

    void listsHostSettingsAndAsksToAllowThem()
    {
        const QString archive =
            archiveOf(QStringLiteral("hostile.tar.gz"),
                      recipe(QJsonObject{{QStringLiteral("Privileged"), true}, {QStringLiteral("Binds"), QJsonArray{QStringLiteral("/:/<b>host</b>")}}}));
        QVERIFY(!archive.isEmpty());
        ImportDialog dialog(archive, {{QStringLiteral("0123"), QStringLiteral("existing")}}, QStringLiteral("0123"));
        dialog.show();
        QVERIFY(checkedValid(dialog));
        auto *list = dialog.findChild<QLabel *>(QStringLiteral("hostAccess"));
        auto *allow = dialog.findChild<QCheckBox *>(QStringLiteral("allowHostAccess"));
        QPushButton *import = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(list && allow);
        QVERIFY(list->isVisible());
        QCOMPARE(list->textFormat(), Qt::PlainText);
        QVERIFY2(list->text().contains(QLatin1String("privileged mode")), qPrintable(list->text()));
        QVERIFY2(list->text().contains(QLatin1String("host folder /:/<b>host</b>")), qPrintable(list->text()));
        QVERIFY(allow->isVisible());
        QVERIFY(!allow->isChecked());

        // Into the existing container: nothing is created, nothing to allow.
        QVERIFY(import->isEnabled());
        dialog.findChild<QRadioButton *>(QStringLiteral("intoNew"))->setChecked(true);
        QVERIFY(dialog.createsContainer());
        QVERIFY(!import->isEnabled());
        QVERIFY(!dialog.allowsHostAccess());
        allow->setChecked(true);
        QVERIFY(import->isEnabled());
        QVERIFY(dialog.allowsHostAccess());
        allow->setChecked(false);
        QVERIFY(!import->isEnabled());
    }

    void listsNothingForAnOrdinaryContainer()
    {
        const QString archive =
            archiveOf(QStringLiteral("ordinary.tar.gz"),
                      recipe(QJsonObject{{QStringLiteral("CgroupnsMode"), QStringLiteral("host")}, {QStringLiteral("NetworkMode"), QStringLiteral("none")}}));
        QVERIFY(!archive.isEmpty());
        ImportDialog dialog(archive, {}, {});
        dialog.show();
        QVERIFY(checkedValid(dialog));
        QVERIFY(dialog.createsContainer());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("hostAccess"))->isVisible());
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("allowHostAccess"))->isVisible());
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!dialog.allowsHostAccess());
        // No file system in the archive: nothing to apply.
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("applyFileSystem"))->isVisible());
        QVERIFY(!dialog.appliesFileSystem());
    }

    void offersToApplyTheFileSystemToAnExistingContainer()
    {
        const QString archive = m_work.filePath(QStringLiteral("changes.tar.gz"));
        QVERIFY(writeArchive(archive, ArchiveFormat::TarGzip, archiveWithFileSystem(fileSystemTar({}), "[\"/bin/vi\"]", {0, 0, 1, false})));
        ImportDialog dialog(archive, {{QStringLiteral("0123"), QStringLiteral("existing")}}, QStringLiteral("0123"));
        dialog.show();
        QVERIFY(checkedValid(dialog));
        auto *apply = dialog.findChild<QCheckBox *>(QStringLiteral("applyFileSystem"));
        QVERIFY(apply && apply->isVisible() && apply->isEnabled());
        QVERIFY(!dialog.appliesFileSystem());
        apply->setChecked(true);
        QVERIFY(dialog.appliesFileSystem());
        // A new container gets the file system anyway.
        dialog.findChild<QRadioButton *>(QStringLiteral("intoNew"))->setChecked(true);
        QVERIFY(!apply->isEnabled());
        QVERIFY(!dialog.appliesFileSystem());
    }

    void offersToReuseVolumesOnlyForANewContainer()
    {
        const QString archive = m_work.filePath(QStringLiteral("volume.tar.gz"));
        const QByteArray root = fileSystemTar({{fileSystemEntry(QStringLiteral("volume"), TarEntry::Type::Directory, 0, 0755), {}}});
        QVERIFY(writeArchive(archive, ArchiveFormat::TarGzip, archiveWithVolume(QStringLiteral("db-data"), root, 1, 0)));
        ImportDialog dialog(archive, {{QStringLiteral("0123"), QStringLiteral("existing")}}, QStringLiteral("0123"));
        dialog.show();
        QVERIFY(checkedValid(dialog));
        auto *reuse = dialog.findChild<QCheckBox *>(QStringLiteral("reuseVolumes"));
        QVERIFY(reuse && reuse->isVisible());
        // The inspector names the volume.
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().startsWith(QLatin1String("db-data at /data: 1 entries"));
        }));
        // Into the existing container no volume is created: nothing to reuse.
        QVERIFY(!reuse->isEnabled());
        reuse->setChecked(true);
        QVERIFY(!dialog.reusesVolumes());
        dialog.findChild<QRadioButton *>(QStringLiteral("intoNew"))->setChecked(true);
        QVERIFY(reuse->isEnabled());
        QVERIFY(dialog.reusesVolumes());
        reuse->setChecked(false);
        QVERIFY(!dialog.reusesVolumes());
    }

    void hidesVolumeReuseWithoutVolumes()
    {
        const QString archive = archiveOf(QStringLiteral("novolumes.tar.gz"), recipe({}));
        QVERIFY(!archive.isEmpty());
        ImportDialog dialog(archive, {}, {});
        dialog.show();
        QVERIFY(checkedValid(dialog));
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("reuseVolumes"))->isVisible());
    }
};

QTEST_MAIN(ImportDialogTest)
#include "importdialogtest.moc"
