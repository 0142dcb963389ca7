// SPDX-License-Identifier: GPL-2.0-or-later
// The helper image embedded in Stasis, read as the engine's loader reads it:
// a `docker save` tar whose one layer holds the built stasis-stage and the
// mount folders, nothing else, named by the SHA-256 of its config.
#include "helperimage.h"
#include "tarentries.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class HelperImageTest : public QObject
{
    Q_OBJECT

    static QByteArray sha256(const QByteArray &data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }

    static const RawTarEntry *entry(const QList<RawTarEntry> &entries, const QByteArray &name)
    {
        for (const RawTarEntry &candidate : entries) {
            if (candidate.name == name) {
                return &candidate;
            }
        }
        return nullptr;
    }

    QList<RawTarEntry> m_image;
    QJsonObject m_manifest;

private Q_SLOTS:
    void initTestCase()
    {
        m_image = tarEntries(HelperImage::archive());
        QVERIFY(!m_image.isEmpty());
        const RawTarEntry *manifest = entry(m_image, "manifest.json");
        QVERIFY(manifest);
        const QJsonArray images = QJsonDocument::fromJson(manifest->data).array();
        QCOMPARE(images.size(), 1);
        m_manifest = images.first().toObject();
    }

    void isTaggedWithItsConfigsHash()
    {
        const QString config = m_manifest.value(QLatin1String("Config")).toString();
        const RawTarEntry *file = entry(m_image, config.toUtf8());
        QVERIFY2(file, qPrintable(config));
        const QByteArray digest = sha256(file->data);
        QCOMPARE(config, QString::fromLatin1(digest + ".json"));
        QCOMPARE(HelperImage::reference(), HelperImage::repository + QLatin1Char(':') + QString::fromLatin1(digest));
        QCOMPARE(m_manifest.value(QLatin1String("RepoTags")).toArray(), QJsonArray{HelperImage::reference()});
    }

    void configRunsOnlyTheToolOnThisMachine()
    {
        const RawTarEntry *file = entry(m_image, m_manifest.value(QLatin1String("Config")).toString().toUtf8());
        QVERIFY(file);
        const QJsonObject config = QJsonDocument::fromJson(file->data).object();
        const QString architecture = HelperImage::toolArchitecture() == QLatin1String("x86_64") ? QStringLiteral("amd64") : HelperImage::toolArchitecture();
        QCOMPARE(config.value(QLatin1String("architecture")).toString(), architecture);
        QCOMPARE(config.value(QLatin1String("os")).toString(), QStringLiteral("linux"));
        const QJsonObject run = config.value(QLatin1String("config")).toObject();
        QCOMPARE(run.value(QLatin1String("Entrypoint")).toArray(), QJsonArray{QString(HelperImage::toolPath)});
        // Nothing an image may add to a container: no health check, volumes, user, environment.
        QCOMPARE(QStringList(run.keys()), (QStringList{QStringLiteral("Entrypoint"), QStringLiteral("Labels")}));
        QCOMPARE(config.value(QLatin1String("rootfs")).toObject().value(QLatin1String("diff_ids")).toArray(), QJsonArray{HelperImage::layerDigest()});
    }

    void layerHoldsTheBuiltToolAndTheMountFolders()
    {
        const QJsonArray layers = m_manifest.value(QLatin1String("Layers")).toArray();
        QCOMPARE(layers.size(), 1);
        const RawTarEntry *layer = entry(m_image, layers.first().toString().toUtf8());
        QVERIFY(layer);
        QCOMPARE(QStringLiteral("sha256:") + QString::fromLatin1(sha256(layer->data)), HelperImage::layerDigest());

        QStringList names;
        const QList<RawTarEntry> files = tarEntries(layer->data);
        for (const RawTarEntry &file : files) {
            names.append(QString::fromUtf8(file.name));
            QCOMPARE(file.uid, 0);
            QCOMPARE(file.gid, 0);
            QCOMPARE(file.mode, 0755);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("checkpoints/"), QStringLiteral("container/"), QStringLiteral("stasis-stage"), QStringLiteral("work/")}));
        QFile built(QStringLiteral(STASIS_STAGE_PATH));
        QVERIFY(built.open(QIODevice::ReadOnly));
        QCOMPARE(entry(files, "stasis-stage")->data, built.readAll());
    }
};

QTEST_GUILESS_MAIN(HelperImageTest)
#include "helperimagetest.moc"
