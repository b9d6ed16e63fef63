#include "CertificatePage.h"

#include "FileDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace odoodeploy {

CertificatePage::CertificatePage(ProfileModel *model, QWidget *parent)
    : ProfilePage(model, {QStringLiteral("web.")}, parent)
{
    setTitle(tr("Web address and certificate"));
    setSubTitle(tr("nginx answers for this name, forwards to Odoo and, with a certificate, "
                   "redirects HTTP to HTTPS (TLS 1.2 and 1.3 only)."));

    auto *form = new QFormLayout;
    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("domain"));
    m_domain->setPlaceholderText(tr("erp.example.com"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("certificateMode"));
    m_mode->addItem(tr("None: plain HTTP (only inside a trusted network)"), int(CertificateMode::None));
    m_mode->addItem(tr("Self-signed: made on the server, pinned by fingerprint"), int(CertificateMode::SelfSigned));
    m_mode->addItem(tr("Let's Encrypt: free, for a public domain name"), int(CertificateMode::LetsEncrypt));
    m_mode->addItem(tr("Existing certificate and key files"), int(CertificateMode::Existing));

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("letsEncryptEmail"));
    m_emailRow = m_email;
    m_acmeServer = new QLineEdit(this);
    m_acmeServer->setObjectName(QStringLiteral("acmeServer"));
    m_acmeServer->setPlaceholderText(tr("empty: Let's Encrypt"));
    m_acmeServer->setToolTip(tr("Another ACME server's directory URL, e.g. your company's CA or Let's Encrypt's staging."));
    m_certRow = fileRow(&m_certFile, "certFile", tr("Certificate (PEM, with chain)"),
                        [](DeploymentProfile &p, const QString &v) { p.web.certFile = v; });
    m_keyRow = fileRow(&m_keyFile, "certKeyFile", tr("Private key (PEM)"),
                       [](DeploymentProfile &p, const QString &v) { p.web.keyFile = v; });
    QWidget *caRow = fileRow(&m_caFile, "caFile", tr("CA certificate the health check trusts (PEM)"),
                             [](DeploymentProfile &p, const QString &v) { p.web.caFile = v; });
    m_caFile->setPlaceholderText(tr("optional: a company CA"));
    m_hsts = new QCheckBox(tr("Send HSTS: browsers will refuse plain HTTP for two years"), this);
    m_hsts->setObjectName(QStringLiteral("hsts"));
    m_firewall = new QCheckBox(tr("Firewall (ufw): let in only SSH, HTTP and HTTPS"), this);
    m_firewall->setObjectName(QStringLiteral("firewall"));

    form->addRow(tr("&Domain name:"), m_domain);
    form->addRow(tr("&Certificate:"), m_mode);
    form->addRow(tr("Let's Encrypt &e-mail:"), m_email);
    form->addRow(tr("ACME &server:"), m_acmeServer);
    form->addRow(tr("Certificate &file:"), m_certRow);
    form->addRow(tr("&Key file:"), m_keyRow);
    form->addRow(tr("Trusted C&A:"), caRow);
    tieRowLabel(form, m_certRow, m_certFile);
    tieRowLabel(form, m_keyRow, m_keyFile);
    tieRowLabel(form, caRow, m_caFile);
    form->addRow(QString(), m_hsts);
    form->addRow(QString(), m_firewall);
    contentLayout()->addLayout(form);

    bindField(QStringLiteral("web.domain"), m_domain);
    bindField(QStringLiteral("web.letsEncryptEmail"), m_email);
    bindField(QStringLiteral("web.acmeServer"), m_acmeServer);
    bindField(QStringLiteral("web.certFile"), m_certFile);
    bindField(QStringLiteral("web.keyFile"), m_keyFile);
    bindField(QStringLiteral("web.caFile"), m_caFile);
    bindField(QStringLiteral("web.hsts"), m_hsts);

    connect(m_domain, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.web.domain = v.trimmed(); }); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = CertificateMode(m_mode->currentData().toInt());
        edit([&](DeploymentProfile &p) { p.web.certificate = mode; });
        showModeFields();
    });
    connect(m_email, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.web.letsEncryptEmail = v.trimmed(); }); });
    connect(m_acmeServer, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.web.acmeServer = v.trimmed(); }); });
    connect(m_hsts, &QCheckBox::toggled, this, [this](bool on) { edit([&](DeploymentProfile &p) { p.web.hsts = on; }); });
    connect(m_firewall, &QCheckBox::toggled, this, [this](bool on) { edit([&](DeploymentProfile &p) { p.web.firewall = on; }); });
}

QWidget *CertificatePage::fileRow(QLineEdit **edit, const char *name, const QString &title,
                                  void (*store)(DeploymentProfile &, const QString &))
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *line = new QLineEdit(row);
    line->setObjectName(QString::fromLatin1(name));
    auto *browse = new QPushButton(tr("Browse…"), row);
    layout->addWidget(line);
    layout->addWidget(browse);
    *edit = line;
    connect(line, &QLineEdit::textEdited, this, [this, store](const QString &v) { model()->edit([&](DeploymentProfile &p) { store(p, v); }); });
    connect(browse, &QPushButton::clicked, this, [this, line, title, store] {
        FileDialogs::instance().askOpenPath(this, title, tr("PEM files (*.pem *.crt *.key);;All files (*)"),
                                            [this, line, store](const QString &path) {
                                                if (path.isEmpty())
                                                    return;
                                                line->setText(path);
                                                model()->edit([&](DeploymentProfile &p) { store(p, path); });
                                            });
    });
    return row;
}

void CertificatePage::showModeFields()
{
    const auto mode = profile().web.certificate;
    m_emailRow->setEnabled(mode == CertificateMode::LetsEncrypt);
    m_acmeServer->setEnabled(mode == CertificateMode::LetsEncrypt);
    m_certRow->setEnabled(mode == CertificateMode::Existing);
    m_keyRow->setEnabled(mode == CertificateMode::Existing);
    // A self-signed certificate is trusted by its pin; a CA matters for the others.
    m_caFile->parentWidget()->setEnabled(mode == CertificateMode::Existing || mode == CertificateMode::LetsEncrypt
                                         || !profile().web.caFile.isEmpty());
    m_hsts->setEnabled(mode != CertificateMode::None || profile().web.hsts);
}

void CertificatePage::initializePage()
{
    // Usually the site is reached at the name the server has: offer it.
    if (profile().web.domain.isEmpty() && !profile().server.host.isEmpty())
        edit([](DeploymentProfile &p) { p.web.domain = p.server.host; });
    ProfilePage::initializePage();
}

void CertificatePage::loadFromProfile()
{
    const QSignalBlocker b1(m_mode), b2(m_hsts), b3(m_firewall);
    const auto &w = profile().web;
    m_domain->setText(w.domain);
    m_mode->setCurrentIndex(m_mode->findData(int(w.certificate)));
    m_email->setText(w.letsEncryptEmail);
    m_acmeServer->setText(w.acmeServer);
    m_certFile->setText(w.certFile);
    m_keyFile->setText(w.keyFile);
    m_caFile->setText(w.caFile);
    m_hsts->setChecked(w.hsts);
    m_firewall->setChecked(w.firewall);
    showModeFields();
}

} // namespace odoodeploy
