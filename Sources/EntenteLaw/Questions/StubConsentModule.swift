enum ConsentModule { static var module: QuestionModule { SelfDefenceModule.module } }
