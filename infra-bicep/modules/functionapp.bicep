// The Function App on a Flex Consumption plan (FC1): .NET 10 isolated, deployed from a blob container read by the
// managed identity, storage and telemetry by identity (no keys in settings).
param name string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param blobEndpoint string
param queueEndpoint string
param tableEndpoint string
param deploymentContainerUrl string
param applicationInsightsConnectionString string
param acsEndpoint string
param acsSenderAddress string

@description('Who receives escalations besides the delegates of the Presidency in office (addresses).')
param presidencyContacts array

@description('CRON schedule (UTC) of the annual report timer.')
param annualReportSchedule string

@description('The Key Vault whose secrets the app reads by reference: the Entra app registration\'s client secret, the key scripts send.')
param keyVaultUri string

@description('Client (application) id of the Entra app registration people sign in with (App Service authentication).')
param entraClientId string

@description('Tenant of the Entra app registration.')
param entraTenantId string

@description('Ids of the reply-link keys, newest first: the first derives new links, every one verifies; each is the Key Vault secret reply-link-key-<id>.')
param linkKeyIds array

@description('Most instances the app scales out to.')
param maximumInstanceCount int = 40

// The reply-link keys by Key Vault reference, in order: Links__Keys__0__* derives, the others still verify (a rotation).
var linkKeySettings = flatten(map(range(0, length(linkKeyIds)), i => [
  { name: 'Links__Keys__${i}__Id', value: linkKeyIds[i] }
  { name: 'Links__Keys__${i}__Secret', value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/reply-link-key-${linkKeyIds[i]})' }
]))

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: 'func-${name}'
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in the settings below are resolved with the app's managed identity (Key Vault Secrets User).
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identityId }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: maximumInstanceCount, instanceMemoryMB: 2048 }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat([
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        { name: 'AzureWebJobsStorage__blobServiceUri', value: blobEndpoint }
        { name: 'AzureWebJobsStorage__queueServiceUri', value: queueEndpoint }
        { name: 'AzureWebJobsStorage__tableServiceUri', value: tableEndpoint }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
        { name: 'DurableTaskHubName', value: replace(name, '-', '') }
        { name: 'AnnualReportSchedule', value: annualReportSchedule }
        { name: 'Programme__Id', value: 'csap1997' }
        // Served over HTTPS only (httpsOnly above): the app takes every request as https, so its cookies are Secure.
        { name: 'Hosting__HttpsOnly', value: 'true' }
        { name: 'Storage__BlobServiceUri', value: blobEndpoint }
        { name: 'Storage__TableServiceUri', value: tableEndpoint }
        { name: 'Storage__ManagedIdentityClientId', value: identityClientId }
        { name: 'Links__BaseUrl', value: 'https://func-${name}.azurewebsites.net' }
        { name: 'Email__Transport', value: 'Acs' }
        { name: 'Email__Acs__Endpoint', value: acsEndpoint }
        { name: 'Email__Acs__SenderAddress', value: acsSenderAddress }
        { name: 'Email__Acs__ManagedIdentityClientId', value: identityClientId }
        { name: 'Presidency__Contacts', value: join(presidencyContacts, ';') }
        // Sign-in: the client secret of the app registration, and the key scripts send (x-functions-key), an
        // administrator's: both in Key Vault, put there once by the operator (README, "Deploy to Azure").
        { name: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET', value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/entra-client-secret)' }
        { name: 'Access__FunctionKey', value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/automation-key)' }
      ], linkKeySettings)
    }
  }
}

// App Service authentication with Microsoft Entra ID. Anonymous requests go through: the reply links are anonymous (the
// link is the credential), and the app decides per route from the principal the platform writes (X-MS-CLIENT-PRINCIPAL,
// with the app roles Presidency, Secretariat, Administrator); a page sends a person not signed in to /.auth/login/aad.
resource authentication 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true, runtimeVersion: '~1' }
    globalValidation: { requireAuthentication: false, unauthenticatedClientAction: 'AllowAnonymous' }
    httpSettings: { requireHttps: true, forwardProxy: { convention: 'NoProxy' } }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: entraClientId
          clientSecretSettingName: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
          openIdIssuer: '${environment().authentication.loginEndpoint}${entraTenantId}/v2.0'
        }
        validation: { allowedAudiences: [ 'api://${entraClientId}', entraClientId ] }
      }
    }
    login: { tokenStore: { enabled: true }, preserveUrlFragmentsForLogins: true }
  }
}

// The storage account is named here only to tie the app to it in the portal's view of dependencies.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

output name string = app.name
output hostName string = app.properties.defaultHostName
output storageAccountId string = storage.id
