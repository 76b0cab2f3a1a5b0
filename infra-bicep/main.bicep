// ProgrammeWorkflows in Azure: the Functions app (Flex Consumption, .NET 10 isolated, Durable Functions on Azure
// Storage), its storage, telemetry, Key Vault and ACS Email, all reached by one user-assigned managed identity.
targetScope = 'resourceGroup'

@description('Short name of the environment, e.g. csap-prod; part of every resource name.')
@minLength(3)
@maxLength(16)
param environmentName string

@description('Azure region of the resources.')
param location string = resourceGroup().location

@description('Where Azure Communication Services keeps its data at rest.')
param communicationDataLocation string = 'Europe'

@description('Addresses that receive every escalation besides the delegates of the Presidency in office.')
param presidencyContacts array

@description('CRON schedule (UTC) of the annual report: by default 31 January, 06:00.')
param annualReportSchedule string = '0 0 6 31 1 *'

@description('Client (application) id of the Entra app registration people sign in with; its roles are Presidency, Secretariat, Administrator.')
param entraClientId string

@description('Tenant of that app registration (default: the subscription\'s).')
param entraTenantId string = subscription().tenantId

@description('Ids of the reply-link keys, newest first (each the Key Vault secret reply-link-key-<id>): a rotation puts a new id first and keeps the old one until its links have closed.')
param linkKeyIds array = [ 'link-1' ]

var tags = { application: 'programme-workflows', environment: environmentName }
var suffix = uniqueString(subscription().id, resourceGroup().id, environmentName)

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { name: environmentName, location: location, tags: tags }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { name: environmentName, location: location, tags: tags }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: { name: 'st${take(suffix, 20)}', location: location, tags: tags }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  params: { name: 'kv-${take(suffix, 20)}', location: location, tags: tags }
}

module communication 'modules/communication.bicep' = {
  name: 'communication'
  params: { name: environmentName, tags: tags, dataLocation: communicationDataLocation, senderUsername: 'DoNotReply' }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionApp'
  params: {
    name: environmentName
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    acsEndpoint: communication.outputs.endpoint
    acsSenderAddress: communication.outputs.senderAddress
    presidencyContacts: presidencyContacts
    annualReportSchedule: annualReportSchedule
    keyVaultUri: keyVault.outputs.uri
    entraClientId: entraClientId
    entraTenantId: entraTenantId
    linkKeyIds: linkKeyIds
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  params: {
    principalId: identity.outputs.principalId
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultName: keyVault.outputs.name
    communicationServiceName: 'acs-${environmentName}'
  }
}

output functionAppHostName string = functionApp.outputs.hostName
output acsSenderAddress string = communication.outputs.senderAddress
