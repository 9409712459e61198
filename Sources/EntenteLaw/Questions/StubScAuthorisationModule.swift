enum ScAuthorisationModule { static var module: QuestionModule { SelfDefenceModule.module } }
